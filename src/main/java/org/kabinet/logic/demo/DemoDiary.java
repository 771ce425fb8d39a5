package org.kabinet.logic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * One practitioner's diary for the demo: she works 4–6 days a week and sees 2–4 clients a day, on
 * the hour from 9:00 to 20:00, never two at once. Which days she works and how many she sees is
 * fixed by the seed and the date alone, so the diary is the same whatever order it fills in.
 */
final class DemoDiary {

    static final int FIRST_HOUR = 9;
    /** The last hour a session of an hour can start and still end by 20:00. */
    static final int LAST_HOUR = 19;

    private final long seed;
    private final Map<LocalDate, Day> days = new HashMap<>();

    DemoDiary(long seed) {
        this.seed = seed;
    }

    /** What is booked on one day: a bit per hour, and how many more she will take. */
    private static final class Day {
        int hours;
        int room;
    }

    /**
     * Books the first free hour on {@code wanted} or one of the {@code searchDays} days after it
     * (but not after {@code last}), the client's own hour first; null when the diary is full.
     */
    LocalDateTime book(LocalDate wanted, int preferredHour, int searchDays, LocalDate last) {
        for (int i = 0; i <= searchDays; i++) {
            LocalDate date = wanted.plusDays(i);
            if (date.isAfter(last)) {
                return null;
            }
            Day day = day(date);
            if (day.room == 0) {
                continue;
            }
            int hour = freeHour(day.hours, preferredHour);
            if (hour >= 0) {
                day.hours |= 1 << hour;
                day.room--;
                return date.atTime(hour, 0);
            }
        }
        return null;
    }

    /** The preferred hour if free, else the nearest free one to it. */
    private static int freeHour(int taken, int preferred) {
        for (int distance = 0; distance <= LAST_HOUR - FIRST_HOUR; distance++) {
            for (int hour : new int[] {preferred + distance, preferred - distance}) {
                if (hour >= FIRST_HOUR && hour <= LAST_HOUR && (taken & (1 << hour)) == 0) {
                    return hour;
                }
            }
        }
        return -1;
    }

    private Day day(LocalDate date) {
        return days.computeIfAbsent(date, d -> {
            Day day = new Day();
            day.room = capacity(d);
            return day;
        });
    }

    /** 2–4 sessions on a working day; Sundays off, most Saturdays and the odd weekday too. */
    private int capacity(LocalDate date) {
        Random r = new Random(seed * 31 + date.toEpochDay());
        r.nextInt();
        DayOfWeek weekday = date.getDayOfWeek();
        boolean works = switch (weekday) {
            case SUNDAY -> false;
            case SATURDAY -> r.nextInt(100) < 40;
            default -> r.nextInt(100) >= 8;
        };
        return works ? 2 + r.nextInt(3) : 0;
    }
}
