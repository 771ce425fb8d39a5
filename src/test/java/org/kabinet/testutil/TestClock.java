package org.kabinet.testutil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The fixed "now" every test runs at, so that ages and "days since" never drift. */
public final class TestClock {

    /** Tuesday 24 November 2026, 10:00 UTC. */
    public static final Clock FIXED = Clock.fixed(
            LocalDate.of(2026, 11, 24).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    public static final LocalDate TODAY = LocalDate.now(FIXED);

    private TestClock() {
    }
}
