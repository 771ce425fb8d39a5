package org.kabinet.ui.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kabinet.model.Session;
import org.kabinet.model.WorkingHours;

/**
 * Where each session and free slot of a week goes on the grid, worked out from the data alone (no
 * JavaFX): the hours shown, each day's blocks in side-by-side lanes where they share time, which
 * sessions overlap, and the free slots still ahead.
 */
public final class WeekLayout {

    /** A rectangle in a day column: minutes from the top of the grid, lane {@code lane} of {@code lanes}. */
    public record Place(int top, int length, int lane, int lanes) {
    }

    /** A session on the grid; {@code overlapsWith} lists the planned or held sessions sharing its time. */
    public record Block(Session session, Place place, List<Session> overlapsWith) {

        public boolean overlaps() {
            return !overlapsWith.isEmpty();
        }
    }

    /** A free slot she can book, starting at {@code start}. */
    public record FreeCell(LocalDateTime start, Place place) {
    }

    /** One column: its date, whether she works that day, and what is drawn in it. */
    public record Day(LocalDate date, boolean working, List<Block> blocks, List<FreeCell> free) {
    }

    private final LocalDate monday;
    private final int firstHour;
    private final int lastHour;
    private final List<Day> days;

    private WeekLayout(LocalDate monday, int firstHour, int lastHour, List<Day> days) {
        this.monday = monday;
        this.firstHour = firstHour;
        this.lastHour = lastHour;
        this.days = List.copyOf(days);
    }

    /** The Monday of the week that holds {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * Lays out the week from {@code monday}: the working hours, widened to show any session outside
     * them, and the free slots (of {@code slotMinutes}) that start at or after {@code now}.
     */
    public static WeekLayout of(LocalDate monday, WorkingHours hours, List<Session> sessions,
            Map<LocalDate, List<LocalDateTime>> freeSlots, LocalDateTime now, int slotMinutes) {
        int first = hours.from().getHour();
        int last = hours.to().getMinute() == 0 ? hours.to().getHour() : hours.to().getHour() + 1;
        for (Session s : sessions) {
            first = Math.min(first, s.start().getHour());
            last = Math.max(last, endHour(s));
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Session> ofDay = sessions.stream().filter(s -> s.start().toLocalDate().equals(date))
                    .sorted(Comparator.comparing(Session::start).thenComparing(Session::end)).toList();
            List<LocalDateTime> free = freeSlots.getOrDefault(date, List.of()).stream()
                    .filter(start -> !start.isBefore(now)).sorted().toList();
            days.add(layDay(date, hours.isWorkingDay(date.getDayOfWeek()), ofDay, free, first, slotMinutes));
        }
        return new WeekLayout(monday, first, last, days);
    }

    /** The hour after the session ends, or midnight when it runs into the next day. */
    private static int endHour(Session s) {
        LocalDateTime end = s.end();
        if (!end.toLocalDate().equals(s.start().toLocalDate())) {
            return 24;
        }
        return end.toLocalTime().equals(end.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.HOURS))
                ? Math.max(end.getHour(), s.start().getHour() + 1) : end.getHour() + 1;
    }

    private static Day layDay(LocalDate date, boolean working, List<Session> sessions, List<LocalDateTime> free,
            int firstHour, int slotMinutes) {
        LocalDateTime gridTop = date.atTime(LocalTime.of(firstHour, 0));
        LocalDateTime midnight = date.plusDays(1).atStartOfDay();
        // Sessions and free slots share the lanes, so a free hour beside a cancelled session stays clickable.
        List<Item> items = new ArrayList<>();
        for (Session s : sessions) {
            LocalDateTime end = s.end().isAfter(midnight) ? midnight : s.end();
            items.add(new Item(s, null, minutes(gridTop, s.start()), minutes(gridTop, end)));
        }
        for (LocalDateTime start : free) {
            items.add(new Item(null, start, minutes(gridTop, start), minutes(gridTop, start) + slotMinutes));
        }
        items.sort(Comparator.comparingInt(Item::from).thenComparingInt(Item::to));
        assignLanes(items);
        List<Block> blocks = new ArrayList<>();
        List<FreeCell> cells = new ArrayList<>();
        for (Item item : items) {
            Place place = new Place(item.from, Math.max(item.to - item.from, 1), item.lane, item.lanes);
            if (item.session != null) {
                blocks.add(new Block(item.session, place, overlapping(item.session, sessions)));
            } else {
                cells.add(new FreeCell(item.freeStart, place));
            }
        }
        return new Day(date, working, blocks, cells);
    }

    /** Groups items that share time (directly or through others) and spreads each group over lanes. */
    private static void assignLanes(List<Item> items) {
        List<Item> group = new ArrayList<>();
        int groupEnd = Integer.MIN_VALUE;
        for (Item item : items) {
            if (item.from >= groupEnd && !group.isEmpty()) {
                closeGroup(group);
                group.clear();
            }
            group.add(item);
            groupEnd = Math.max(groupEnd, item.to);
        }
        closeGroup(group);
    }

    private static void closeGroup(List<Item> group) {
        List<Integer> laneEnds = new ArrayList<>();
        for (Item item : group) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > item.from) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(item.to);
            } else {
                laneEnds.set(lane, item.to);
            }
            item.lane = lane;
        }
        group.forEach(item -> item.lanes = laneEnds.size());
    }

    /** Planned or held sessions sharing time with {@code s}, when {@code s} itself takes time. */
    private static List<Session> overlapping(Session s, List<Session> sameDay) {
        if (!s.status().occupiesTime()) {
            return List.of();
        }
        return sameDay.stream().filter(o -> o != s && o.status().occupiesTime() && o.overlaps(s)).toList();
    }

    private static int minutes(LocalDateTime from, LocalDateTime to) {
        return (int) Duration.between(from, to).toMinutes();
    }

    public LocalDate monday() {
        return monday;
    }

    /** The first hour row of the grid. */
    public int firstHour() {
        return firstHour;
    }

    /** The hour the grid ends at (exclusive), at most 24. */
    public int lastHour() {
        return lastHour;
    }

    public List<Day> days() {
        return days;
    }

    /** Sessions of the week that take time in the diary: planned or held. */
    public long sessionCount() {
        return days.stream().flatMap(d -> d.blocks().stream())
                .filter(b -> b.session().status().occupiesTime()).count();
    }

    /** Free slots still ahead this week. */
    public long freeCount() {
        return days.stream().mapToLong(d -> d.free().size()).sum();
    }

    /** Whether two planned or held sessions share time somewhere in the week. */
    public boolean hasOverlaps() {
        return days.stream().flatMap(d -> d.blocks().stream()).anyMatch(Block::overlaps);
    }

    /** A session or a free slot while lanes are being worked out. */
    private static final class Item {
        final Session session;
        final LocalDateTime freeStart;
        final int from;
        final int to;
        int lane;
        int lanes = 1;

        Item(Session session, LocalDateTime freeStart, int from, int to) {
            this.session = session;
            this.freeStart = freeStart;
            this.from = from;
            this.to = to;
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }
    }
}
