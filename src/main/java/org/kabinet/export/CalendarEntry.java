package org.kabinet.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of an exported calendar, already in words: a timed event ({@code start}/{@code end}
 * set, {@code day} null) or an all-day one ({@code day} set). {@code uid} stays the same for the
 * same record in every export, so that importing again updates the event rather than copying it.
 */
public record CalendarEntry(String uid, String summary, Instant start, Instant end, LocalDate day) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        summary = summary == null ? "" : summary;
        if ((day == null) == (start == null || end == null)) {
            throw new IllegalArgumentException("an entry is either timed or all-day");
        }
    }

    /** An event at a time, from {@code start} to {@code end}. */
    public static CalendarEntry timed(String uid, String summary, Instant start, Instant end) {
        return new CalendarEntry(uid, summary, start, end, null);
    }

    /** An event for the whole of {@code day}, taking no time in the diary. */
    public static CalendarEntry allDay(String uid, String summary, LocalDate day) {
        return new CalendarEntry(uid, summary, null, null, day);
    }

    public boolean isAllDay() {
        return day != null;
    }
}
