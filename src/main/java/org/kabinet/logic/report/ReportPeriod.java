package org.kabinet.logic.report;

import java.time.LocalDate;

/**
 * The days a program report covers, both ends included. {@code from} is null for "from the
 * beginning" (all time).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Earlier than any record a practice can hold: the lower bound of "all time". */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    public ReportPeriod {
        if (to == null) {
            throw new IllegalArgumentException("a period needs its last day");
        }
        if (from != null && from.isAfter(to)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /** The twelve months up to and including {@code today}: the default. */
    public static ReportPeriod lastTwelveMonths(LocalDate today) {
        return new ReportPeriod(today.minusYears(1).plusDays(1), today);
    }

    /** From the first of January up to and including {@code today}. */
    public static ReportPeriod thisYear(LocalDate today) {
        return new ReportPeriod(today.withDayOfYear(1), today);
    }

    /** Everything up to and including {@code today}. */
    public static ReportPeriod allTime(LocalDate today) {
        return new ReportPeriod(null, today);
    }

    public boolean contains(LocalDate day) {
        return !day.isAfter(to) && (from == null || !day.isBefore(from));
    }

    /** The first day, {@link #BEGINNING} for all time. */
    LocalDate start() {
        return from == null ? BEGINNING : from;
    }
}
