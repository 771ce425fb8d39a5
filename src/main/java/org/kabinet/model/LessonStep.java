package org.kabinet.model;

import java.time.LocalDate;

/**
 * Where a client stands with one lesson of their program: done (on {@code date}, at
 * {@code sessionId}), planned (for {@code date}) or not yet. {@code daysSincePrevious} is the
 * gap since the lesson done before it, so that a return after months shows; -1 when there is none.
 */
public record LessonStep(Lesson lesson, State state, LocalDate date, Long sessionId, int timesDone,
        long daysSincePrevious) {

    /** Where a lesson stands for one client. */
    public enum State {
        DONE,
        PLANNED,
        NOT_YET
    }

    /** Days without a lesson after which a return counts as resuming after a pause. */
    public static final int RESUMED_AFTER_DAYS = 60;

    public boolean resumedAfterPause() {
        return daysSincePrevious >= RESUMED_AFTER_DAYS;
    }
}
