package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress worked out from lessons and sessions alone, without a database. */
class ProgramProgressTest {

    private static final Program BASE = new Program(1, Program.BASE, "", false);
    private static final Enrolment ENROLMENT = new Enrolment(7, 3, 1, LocalDate.of(2026, 1, 1), null,
            EnrolmentStatus.ACTIVE, LocalDate.of(2026, 1, 1));

    private static List<Lesson> lessons(int count) {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lessons.add(new Lesson(100 + i, 1, "base.lesson" + i, "", "", i, false));
        }
        return lessons;
    }

    private static long nextId = 1;

    private static Session lesson(long lessonId, LocalDateTime start, SessionStatus status, long enrolmentId) {
        return new Session(nextId++, 3, start, 60, SessionFormat.IN_PERSON, SessionKind.LESSON, status, false, null,
                false, enrolmentId, lessonId);
    }

    @Test
    void of_steps_doneWithDateAndSession_plannedWithDate_restNotYet_inPositionOrder() {
        List<Lesson> lessons = new ArrayList<>(lessons(4));
        java.util.Collections.reverse(lessons);
        Session one = lesson(101, LocalDateTime.of(2026, 2, 3, 10, 0), SessionStatus.DONE, 7);
        Session two = lesson(102, LocalDateTime.of(2026, 2, 10, 10, 0), SessionStatus.PLANNED, 7);

        ProgramProgress p = ProgramProgress.of(ENROLMENT, BASE, lessons, List.of(two, one));

        assertThat(p.steps()).extracting(LessonStep::state).containsExactly(LessonStep.State.DONE,
                LessonStep.State.PLANNED, LessonStep.State.NOT_YET, LessonStep.State.NOT_YET);
        assertThat(p.steps().get(0).date()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(p.steps().get(0).sessionId()).isEqualTo(one.id());
        assertThat(p.steps().get(0).daysSincePrevious()).isEqualTo(-1);
        assertThat(p.steps().get(1).sessionId()).isEqualTo(two.id());
        assertThat(p.done()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(4);
        assertThat(p.nextLesson()).map(Lesson::id).contains(103L);
        assertThat(p.isDone(101)).isTrue();
        assertThat(p.isDone(102)).isFalse();
        assertThat(p.lastLessonDate()).contains(LocalDate.of(2026, 2, 3));
        assertThat(p.badge()).isEqualTo(new ProgressBadge(Program.BASE, "", 1, 4, EnrolmentStatus.ACTIVE));
    }

    @Test
    void of_cancelledAndOtherEnrolmentsSessions_doNotCount() {
        List<Session> sessions = List.of(
                lesson(101, LocalDateTime.of(2026, 2, 3, 10, 0), SessionStatus.CANCELLED_BY_CLIENT, 7),
                lesson(101, LocalDateTime.of(2026, 2, 4, 10, 0), SessionStatus.NO_SHOW, 7),
                lesson(102, LocalDateTime.of(2025, 2, 3, 10, 0), SessionStatus.DONE, 6));

        ProgramProgress p = ProgramProgress.of(ENROLMENT, BASE, lessons(3), sessions);

        assertThat(p.done()).isZero();
        assertThat(p.nextLesson()).map(Lesson::id).contains(101L);
    }

    @Test
    void of_gapBetweenLessonsDone_ignoresMissedSessions_andShowsAReturnAfterSixtyDays() {
        List<Session> sessions = List.of(
                lesson(101, LocalDateTime.of(2026, 1, 6, 10, 0), SessionStatus.DONE, 7),
                lesson(102, LocalDateTime.of(2026, 1, 13, 10, 0), SessionStatus.NO_SHOW, 7),
                lesson(102, LocalDateTime.of(2026, 1, 20, 10, 0), SessionStatus.DONE, 7),
                lesson(103, LocalDateTime.of(2026, 3, 21, 10, 0), SessionStatus.DONE, 7),
                lesson(104, LocalDateTime.of(2026, 5, 21, 10, 0), SessionStatus.DONE, 7));

        ProgramProgress p = ProgramProgress.of(ENROLMENT, BASE, lessons(5), sessions);

        assertThat(p.steps()).extracting(LessonStep::daysSincePrevious).containsExactly(-1L, 14L, 60L, 61L, -1L);
        assertThat(p.steps()).extracting(LessonStep::resumedAfterPause).containsExactly(false, false, true, true,
                false);
    }

    @Test
    void of_retiredLessons_countOnlyWhenDoneOrBooked() {
        List<Lesson> lessons = new ArrayList<>(lessons(5));
        lessons.set(0, new Lesson(101, 1, "base.lesson1", "", "", 1, true));
        lessons.set(1, new Lesson(102, 1, "base.lesson2", "", "", 2, true));
        lessons.set(2, new Lesson(103, 1, "base.lesson3", "", "", 3, true));
        List<Session> sessions = List.of(
                lesson(101, LocalDateTime.of(2026, 1, 6, 10, 0), SessionStatus.DONE, 7),
                lesson(102, LocalDateTime.of(2026, 12, 6, 10, 0), SessionStatus.PLANNED, 7));

        ProgramProgress p = ProgramProgress.of(ENROLMENT, BASE, lessons, sessions);

        assertThat(p.steps()).extracting(s -> s.lesson().id()).containsExactly(101L, 102L, 104L, 105L);
        assertThat(p.done()).isEqualTo(1);
        assertThat(p.total()).isEqualTo(4);
        assertThat(p.nextLesson()).map(Lesson::id).contains(104L);
    }

    @Test
    void of_lessonDoneTwice_firstTimeCountsOnce() {
        List<Session> sessions = List.of(
                lesson(101, LocalDateTime.of(2026, 3, 6, 10, 0), SessionStatus.DONE, 7),
                lesson(101, LocalDateTime.of(2026, 1, 6, 10, 0), SessionStatus.DONE, 7));

        ProgramProgress p = ProgramProgress.of(ENROLMENT, BASE, lessons(2), sessions);

        assertThat(p.done()).isEqualTo(1);
        assertThat(p.steps().get(0).timesDone()).isEqualTo(2);
        assertThat(p.steps().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 6));
    }
}
