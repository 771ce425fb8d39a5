package org.kabinet.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.model.FreeSlots;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.WorkingHours;

class WeekLayoutTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDateTime BEFORE_THE_WEEK = MONDAY.minusDays(1).atStartOfDay();

    private static Session session(long id, int dayOffset, int hour, int minute, int minutes, SessionStatus status) {
        return new Session(id, 100 + id, MONDAY.plusDays(dayOffset).atTime(hour, minute), minutes,
                org.kabinet.model.SessionFormat.IN_PERSON, SessionKind.SINGLE, status, false, null, false, null, null);
    }

    private static Map<LocalDate, List<LocalDateTime>> freeSlots(List<Session> sessions) {
        Map<LocalDate, List<LocalDateTime>> free = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = MONDAY.plusDays(i);
            free.put(day, FreeSlots.on(day, sessions, WorkingHours.DEFAULT, Session.DEFAULT_MINUTES));
        }
        return free;
    }

    private static WeekLayout layout(List<Session> sessions, LocalDateTime now) {
        return WeekLayout.of(MONDAY, WorkingHours.DEFAULT, sessions, freeSlots(sessions), now, 60);
    }

    private static WeekLayout.Block block(WeekLayout layout, long id) {
        return layout.days().stream().flatMap(d -> d.blocks().stream())
                .filter(b -> b.session().id() == id).findFirst().orElseThrow();
    }

    @Test
    void of_emptyWeek_showsWorkingHoursAndEveryFreeSlotOfMondayToSaturday() {
        WeekLayout layout = layout(List.of(), BEFORE_THE_WEEK);

        assertThat(layout.firstHour()).isEqualTo(9);
        assertThat(layout.lastHour()).isEqualTo(20);
        assertThat(layout.days()).hasSize(7);
        assertThat(layout.days().get(6).working()).isFalse();
        assertThat(layout.days().get(6).free()).isEmpty();
        assertThat(layout.freeCount()).isEqualTo(6 * 11);
        assertThat(layout.sessionCount()).isZero();
    }

    @Test
    void of_twoPlannedSessionsSharingTime_sideBySideAndBothMarkedOverlapping() {
        Session first = session(1, 1, 10, 0, 60, SessionStatus.PLANNED);
        Session second = session(2, 1, 10, 30, 60, SessionStatus.PLANNED);

        WeekLayout layout = layout(List.of(first, second), BEFORE_THE_WEEK);

        assertThat(block(layout, 1).place()).isEqualTo(new WeekLayout.Place(60, 60, 0, 2));
        assertThat(block(layout, 2).place()).isEqualTo(new WeekLayout.Place(90, 60, 1, 2));
        assertThat(block(layout, 1).overlapsWith()).containsExactly(second);
        assertThat(block(layout, 2).overlapsWith()).containsExactly(first);
        assertThat(layout.hasOverlaps()).isTrue();
    }

    @Test
    void of_sessionsOneAfterAnother_fullWidthAndNoOverlap() {
        WeekLayout layout = layout(List.of(session(1, 0, 10, 0, 60, SessionStatus.PLANNED),
                session(2, 0, 11, 0, 60, SessionStatus.DONE)), BEFORE_THE_WEEK);

        assertThat(block(layout, 1).place().lanes()).isEqualTo(1);
        assertThat(block(layout, 2).place().lanes()).isEqualTo(1);
        assertThat(layout.hasOverlaps()).isFalse();
    }

    @Test
    void of_cancelledSessionAtTheSameTime_notAnOverlapAndTheSlotStaysFreeBesideIt() {
        Session cancelled = session(1, 2, 12, 0, 60, SessionStatus.CANCELLED_BY_CLIENT);
        Session planned = session(2, 2, 14, 0, 60, SessionStatus.PLANNED);

        WeekLayout layout = layout(List.of(cancelled, planned), BEFORE_THE_WEEK);

        WeekLayout.Day wednesday = layout.days().get(2);
        assertThat(block(layout, 1).overlaps()).isFalse();
        assertThat(wednesday.free()).extracting(WeekLayout.FreeCell::start)
                .contains(MONDAY.plusDays(2).atTime(12, 0))
                .doesNotContain(MONDAY.plusDays(2).atTime(14, 0));
        WeekLayout.FreeCell noon = wednesday.free().stream()
                .filter(c -> c.start().getHour() == 12).findFirst().orElseThrow();
        assertThat(noon.place().lanes()).isEqualTo(2);
        assertThat(noon.place().lane()).isNotEqualTo(block(layout, 1).place().lane());
        assertThat(layout.sessionCount()).isEqualTo(1);
    }

    @Test
    void of_sessionsOutsideWorkingHours_widenTheGridToShowThem() {
        Session early = session(1, 0, 7, 30, 60, SessionStatus.PLANNED);
        Session sunday = session(2, 6, 20, 30, 90, SessionStatus.DONE);

        WeekLayout layout = layout(List.of(early, sunday), BEFORE_THE_WEEK);

        assertThat(layout.firstHour()).isEqualTo(7);
        assertThat(layout.lastHour()).isEqualTo(22);
        assertThat(block(layout, 1).place().top()).isEqualTo(30);
        assertThat(block(layout, 2).place()).isEqualTo(new WeekLayout.Place(13 * 60 + 30, 90, 0, 1));
    }

    @Test
    void of_sessionRunningPastMidnight_cutAtTheEndOfItsDay() {
        WeekLayout layout = layout(List.of(session(1, 3, 23, 30, 60, SessionStatus.PLANNED)), BEFORE_THE_WEEK);

        assertThat(layout.lastHour()).isEqualTo(24);
        assertThat(block(layout, 1).place().length()).isEqualTo(30);
    }

    @Test
    void of_midWeek_freeSlotsAlreadyPastAreLeftOut() {
        WeekLayout layout = layout(List.of(), MONDAY.plusDays(1).atTime(10, 0));

        assertThat(layout.days().get(0).free()).isEmpty();
        assertThat(layout.days().get(1).free()).extracting(c -> c.start().getHour())
                .containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    }

    @Test
    void of_threeSessionsChained_shareOneGroupOfLanesAndReuseAFreedLane() {
        Session a = session(1, 4, 10, 0, 90, SessionStatus.PLANNED);
        Session b = session(2, 4, 11, 0, 90, SessionStatus.PLANNED);
        Session c = session(3, 4, 12, 0, 60, SessionStatus.PLANNED);

        WeekLayout layout = layout(List.of(a, b, c), BEFORE_THE_WEEK);

        assertThat(block(layout, 1).place().lane()).isZero();
        assertThat(block(layout, 2).place().lane()).isEqualTo(1);
        assertThat(block(layout, 3).place().lane()).isZero();
        assertThat(block(layout, 3).place().lanes()).isEqualTo(2);
        assertThat(block(layout, 3).overlapsWith()).containsExactly(b);
    }

    @Test
    void mondayOf_anyDay_givesTheMondayOfItsWeek() {
        assertThat(WeekLayout.mondayOf(LocalDate.of(2026, 11, 29))).isEqualTo(MONDAY);
        assertThat(WeekLayout.mondayOf(MONDAY)).isEqualTo(MONDAY);
    }
}
