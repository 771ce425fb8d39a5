package org.kabinet.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/** When she sees clients: the hours of a working day and the days of the week she works. */
public record WorkingHours(LocalTime from, LocalTime to, Set<DayOfWeek> days) {

    /** 9:00 to 20:00, Monday to Saturday: a practice of 4–6 days a week, until settings say otherwise. */
    public static final WorkingHours DEFAULT = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(20, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    public WorkingHours {
        days = Set.copyOf(days);
    }

    public boolean isWorkingDay(DayOfWeek day) {
        return days.contains(day);
    }
}
