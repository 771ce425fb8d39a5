package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.LessonStep;
import org.kabinet.model.Program;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.ProgressBadge;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

/** Progress through a program: pauses and returns, retired lessons, a second program. */
class ProgressRulesTest {

    private static final LocalDateTime JANUARY = LocalDateTime.of(2026, 1, 13, 10, 0);

    @TempDir
    Path dir;

    private ProgramFixture f;
    private Client olga;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
        olga = f.olga();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ProgramProgress progress() {
        return f.enrolments.progress(olga.id()).get(0);
    }

    private ProgressBadge badge() {
        return f.clients.list().stream().filter(c -> c.id() == olga.id()).findFirst().orElseThrow().progress();
    }

    @Test
    void resumeAfterPause_bookingALessonMakesThePausedEnrolmentActive_andTheGapShows() {
        Enrolment enrolment = f.enrolInBase(olga, JANUARY);
        f.doneLessons(enrolment, 2, JANUARY);
        f.enrolments.setStatus(enrolment.id(), EnrolmentStatus.PAUSED);
        assertThat(progress().enrolment().status()).isEqualTo(EnrolmentStatus.PAUSED);
        assertThat(badge().status()).isEqualTo(EnrolmentStatus.PAUSED);

        Session booked = f.lesson(enrolment, f.lesson(3), LocalDateTime.of(2026, 11, 26, 10, 0), SessionStatus.PLANNED);

        assertThat(progress().enrolment().status()).isEqualTo(EnrolmentStatus.ACTIVE);
        assertThat(progress().enrolment().statusSince()).isEqualTo(TestClock.TODAY);
        assertThat(progress().steps().get(2).state()).isEqualTo(LessonStep.State.PLANNED);
        assertThat(progress().nextLesson()).contains(f.lesson(4));

        f.sessions.close(new CloseSession(booked.id(), null, null, java.util.Set.of()));

        ProgramProgress after = progress();
        LessonStep resumed = after.steps().get(2);
        assertThat(resumed.state()).isEqualTo(LessonStep.State.DONE);
        assertThat(resumed.daysSincePrevious()).isEqualTo(LocalDate.of(2026, 1, 20).until(LocalDate.of(2026, 11, 26),
                java.time.temporal.ChronoUnit.DAYS));
        assertThat(resumed.resumedAfterPause()).isTrue();
        assertThat(after.steps().get(1).resumedAfterPause()).isFalse();
        assertThat(after.done()).isEqualTo(3);
        assertThat(badge()).isEqualTo(new ProgressBadge(Program.BASE, "", 3, 15, EnrolmentStatus.ACTIVE));
    }

    @Test
    void pausedEnrolment_aLessonRecordedFromBeforeThePause_leavesItPaused() {
        Enrolment enrolment = f.enrolInBase(olga, JANUARY);
        f.enrolments.setStatus(enrolment.id(), EnrolmentStatus.PAUSED);

        f.lesson(enrolment, f.lesson(1), JANUARY, SessionStatus.DONE);

        assertThat(progress().enrolment().status()).isEqualTo(EnrolmentStatus.PAUSED);
        assertThat(progress().done()).isEqualTo(1);
    }

    @Test
    void retiredLesson_doneStillCounts_notDoneDropsOutOfTheTotal() {
        Enrolment enrolment = f.enrolInBase(olga, JANUARY);
        f.doneLessons(enrolment, 7, JANUARY);
        assertThat(progress().done()).isEqualTo(7);
        assertThat(progress().total()).isEqualTo(15);

        f.programs.setLessonRetired(f.lesson(3).id(), true);
        assertThat(progress().done()).isEqualTo(7);
        assertThat(progress().total()).isEqualTo(15);
        assertThat(badge().done()).isEqualTo(7);
        assertThat(badge().total()).isEqualTo(15);

        f.programs.setLessonRetired(f.lesson(10).id(), true);
        assertThat(progress().done()).isEqualTo(7);
        assertThat(progress().total()).isEqualTo(14);
        assertThat(progress().steps()).extracting(s -> s.lesson().id()).doesNotContain(f.lesson(10).id());
        assertThat(badge().done()).isEqualTo(7);
        assertThat(badge().total()).isEqualTo(14);

        // Another client who never did lesson 3 no longer sees it at all.
        Client anna = f.client("Анна");
        f.enrolInBase(anna, JANUARY);
        ProgramProgress annas = f.enrolments.progress(anna.id()).get(0);
        assertThat(annas.total()).isEqualTo(13);
        assertThat(annas.nextLesson()).contains(f.lesson(1));
    }

    @Test
    void retiredLesson_alreadyBooked_staysInTheTotalUntilItIsDone() {
        Enrolment enrolment = f.enrolInBase(olga, JANUARY);
        f.lesson(enrolment, f.lesson(1), LocalDateTime.of(2026, 11, 26, 10, 0), SessionStatus.PLANNED);
        f.programs.setLessonRetired(f.lesson(1).id(), true);

        assertThat(progress().total()).isEqualTo(15);
        assertThat(badge().total()).isEqualTo(15);
        assertThat(progress().nextLesson()).contains(f.lesson(2));
    }

    @Test
    void secondProgram_enrolledInBoth_eachHasItsOwnProgress() {
        Program method = f.programs.addProgram("Метод");
        Lesson one = f.programs.addLesson(method.id(), "Знакомство", "");
        Lesson two = f.programs.addLesson(method.id(), "Опоры", "");
        f.programs.addLesson(method.id(), "Итог", "");
        Enrolment inBase = f.enrolInBase(olga, JANUARY);
        Enrolment inMethod = f.enrolments.enrol(olga.id(), method.id(), JANUARY.toLocalDate(), 30000L);
        f.lesson(inBase, f.lesson(1), JANUARY, SessionStatus.DONE);
        f.lesson(inMethod, one, JANUARY.plusDays(1), SessionStatus.DONE);
        f.lesson(inMethod, two, JANUARY.plusDays(8), SessionStatus.DONE);

        List<ProgramProgress> all = f.enrolments.progress(olga.id());

        assertThat(all).hasSize(2);
        ProgramProgress base = all.stream().filter(p -> p.program().id() == f.base.id()).findFirst().orElseThrow();
        ProgramProgress other = all.stream().filter(p -> p.program().id() == method.id()).findFirst().orElseThrow();
        assertThat(base.done()).isEqualTo(1);
        assertThat(base.total()).isEqualTo(15);
        assertThat(other.done()).isEqualTo(2);
        assertThat(other.total()).isEqualTo(3);
        assertThat(other.enrolment().price()).isEqualTo(30000L);
        assertThat(other.badge()).isEqualTo(new ProgressBadge(null, "Метод", 2, 3, EnrolmentStatus.ACTIVE));
    }

    @Test
    void lessonOfAnotherProgram_isRefused_andNothingSaved() {
        Program method = f.programs.addProgram("Метод");
        Lesson theirs = f.programs.addLesson(method.id(), "Знакомство", "");
        Enrolment inBase = f.enrolInBase(olga, JANUARY);

        assertThatThrownBy(() -> f.lesson(inBase, theirs, JANUARY, SessionStatus.DONE))
                .isInstanceOf(RuleException.class).hasMessage("session.lessonNotInProgram");
        assertThat(f.sessions.forClient(olga.id())).isEmpty();
    }

    @Test
    void enrol_twiceInTheSameOpenProgram_isRefused_afterStoppingAllowed() {
        Enrolment first = f.enrolInBase(olga, JANUARY);
        assertThatThrownBy(() -> f.enrolInBase(olga, JANUARY.plusDays(3)))
                .isInstanceOf(RuleException.class).hasMessage("enrolment.error.alreadyEnrolled");

        f.enrolments.setStatus(first.id(), EnrolmentStatus.STOPPED);
        Enrolment again = f.enrolInBase(olga, JANUARY.plusMonths(6));

        assertThat(f.enrolments.progress(olga.id())).extracting(p -> p.enrolment().id())
                .containsExactly(again.id(), first.id());
    }

    @Test
    void lastLesson_closed_completesTheEnrolment() {
        Enrolment enrolment = f.enrolInBase(olga, JANUARY);
        f.doneLessons(enrolment, 14, JANUARY);
        Session last = f.lesson(enrolment, f.lesson(15), LocalDateTime.of(2026, 11, 24, 12, 0), SessionStatus.PLANNED);

        ClosedSession closed = f.sessions.close(new CloseSession(last.id(), null, null, java.util.Set.of()));

        assertThat(closed.programCompleted()).isTrue();
        assertThat(progress().enrolment().status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(progress().done()).isEqualTo(15);
        assertThat(progress().nextLesson()).isEmpty();
    }
}
