package org.kabinet.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Notices when nobody has touched Kabinet for the idle time. Input only records the moment (cheap
 * enough for every mouse move); a check every few seconds compares it with the clock, so a laptop
 * that slept through the idle time locks as soon as it wakes, and a test can move the clock.
 */
final class IdleWatch {

    private static final javafx.util.Duration CHECK_EVERY = javafx.util.Duration.seconds(5);

    private final Clock clock;
    private final Runnable onIdle;
    private final Timeline ticks = new Timeline();
    private Duration timeout;
    private Instant lastInput;

    IdleWatch(Clock clock, Duration timeout, Runnable onIdle) {
        this.clock = clock;
        this.timeout = timeout;
        this.onIdle = onIdle;
        this.lastInput = clock.instant();
        ticks.getKeyFrames().add(new KeyFrame(CHECK_EVERY, e -> check()));
        ticks.setCycleCount(Timeline.INDEFINITE);
    }

    /** She pressed a key or moved the mouse. */
    void input() {
        lastInput = clock.instant();
    }

    void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Calls {@code onIdle} when the idle time has passed since the last input. */
    void check() {
        if (!clock.instant().isBefore(lastInput.plus(timeout))) {
            onIdle.run();
        }
    }

    void start() {
        input();
        ticks.play();
    }

    void stop() {
        ticks.stop();
    }
}
