package org.kabinet.ui.notes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.kabinet.testutil.TestClock;

/** A clock that stands still until the test moves it on: for the note's history, which needs time to pass. */
final class MovableClock extends Clock {

    private volatile Instant now = TestClock.FIXED.instant();

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return TestClock.FIXED.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
