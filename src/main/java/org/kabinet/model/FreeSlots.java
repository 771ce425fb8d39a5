package org.kabinet.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The hours of a day still free for a session, on the hour, within her working hours. */
public final class FreeSlots {

    private FreeSlots() {
    }

    /**
     * Starts of the free slots of {@code minutes} on {@code day}: every hour from the start of the
     * working day at which a session would end in time and overlap nothing planned or held.
     */
    public static List<LocalDateTime> on(LocalDate day, List<Session> sessions, WorkingHours hours, int minutes) {
        List<LocalDateTime> free = new ArrayList<>();
        if (!hours.isWorkingDay(day.getDayOfWeek())) {
            return free;
        }
        LocalDateTime close = day.atTime(hours.to());
        for (LocalDateTime start = day.atTime(hours.from()); !start.plusMinutes(minutes).isAfter(close);
                start = start.plusHours(1)) {
            if (isFree(start, minutes, sessions)) {
                free.add(start);
            }
        }
        return free;
    }

    /** Whether [start, start + minutes) overlaps no session that takes time in the diary. */
    public static boolean isFree(LocalDateTime start, int minutes, List<Session> sessions) {
        LocalDateTime end = start.plusMinutes(minutes);
        return sessions.stream().filter(s -> s.status().occupiesTime())
                .noneMatch(s -> start.isBefore(s.end()) && s.start().isBefore(end));
    }
}
