package org.kabinet.testutil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that starts at the fixed test moment and moves only when a test moves it. */
public final class MovableClock extends Clock {

    private Instant now = TestClock.FIXED.instant();

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return TestClock.FIXED.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests run in the fixed zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
