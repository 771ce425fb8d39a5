package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreeSlotsTest {

    /** A Wednesday. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static Session at(int hour, int minute, int minutes, SessionStatus status) {
        return new Session(1, 1, DAY.atTime(hour, minute), minutes, SessionFormat.IN_PERSON, SessionKind.SINGLE, status,
                false, null, false, null, null);
    }

    private static List<Integer> hours(List<LocalDateTime> slots) {
        return slots.stream().map(LocalDateTime::getHour).toList();
    }

    @Test
    void on_emptyWorkingDay_everyHourFromNineToNineteen() {
        assertThat(hours(FreeSlots.on(DAY, List.of(), WorkingHours.DEFAULT, 60)))
                .containsExactly(9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
    }

    @Test
    void on_bookedAndHeldHoursTaken_cancelledOnesFree() {
        List<Session> sessions = List.of(at(10, 0, 60, SessionStatus.PLANNED), at(14, 0, 60, SessionStatus.DONE),
                at(12, 0, 60, SessionStatus.CANCELLED_BY_CLIENT), at(16, 0, 60, SessionStatus.NO_SHOW));

        assertThat(hours(FreeSlots.on(DAY, sessions, WorkingHours.DEFAULT, 60)))
                .containsExactly(9, 11, 12, 13, 15, 16, 17, 18, 19);
    }

    @Test
    void on_longerSessions_mustEndByCloseAndNotRunIntoTheNext() {
        List<Session> sessions = List.of(at(11, 30, 60, SessionStatus.PLANNED));

        assertThat(hours(FreeSlots.on(DAY, sessions, WorkingHours.DEFAULT, 90)))
                .containsExactly(9, 10, 13, 14, 15, 16, 17, 18);
    }

    @Test
    void on_dayOff_nothing() {
        assertThat(FreeSlots.on(LocalDate.of(2026, 11, 29), List.of(), WorkingHours.DEFAULT, 60)).isEmpty();
    }

    @Test
    void isFree_touchingEndsDoNotOverlap() {
        List<Session> sessions = List.of(at(10, 0, 60, SessionStatus.PLANNED));

        assertThat(FreeSlots.isFree(DAY.atTime(9, 0), 60, sessions)).isTrue();
        assertThat(FreeSlots.isFree(DAY.atTime(11, 0), 60, sessions)).isTrue();
        assertThat(FreeSlots.isFree(DAY.atTime(10, 59), 60, sessions)).isFalse();
        assertThat(FreeSlots.isFree(DAY.atTime(9, 1), 60, sessions)).isFalse();
        assertThat(at(10, 0, 60, SessionStatus.PLANNED).overlaps(at(10, 30, 15, SessionStatus.PLANNED))).isTrue();
        assertThat(at(10, 0, 60, SessionStatus.PLANNED).overlaps(at(11, 0, 15, SessionStatus.PLANNED))).isFalse();
    }
}
