package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.LessonStep;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/** Saving and closing sessions: a lesson done twice and overlaps are warned about, never saved silently. */
class SessionRulesTest {

    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 24, 10, 0);

    @TempDir
    Path dir;

    private ProgramFixture f;
    private Client olga;
    private Client anna;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
        olga = f.olga();
        anna = f.client("Анна");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static UnconfirmedWarningsException warned(Runnable action) {
        try {
            action.run();
        } catch (UnconfirmedWarningsException e) {
            return e;
        }
        throw new AssertionError("expected a warning");
    }

    @Test
    void lessonDoneTwice_warns_andSavesOnlyWhenAccepted() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusWeeks(3));
        Session first = f.lesson(enrolment, f.lesson(1), TUESDAY.minusWeeks(2), SessionStatus.DONE);
        Session again = Session.planned(olga.id(), TUESDAY.minusWeeks(1), SessionKind.LESSON)
                .withStatus(SessionStatus.DONE).withLesson(enrolment.id(), f.lesson(1).id());

        assertThat(f.sessions.warnings(again)).extracting(SessionWarning::kind)
                .containsExactly(SessionWarning.Kind.LESSON_ALREADY_DONE);
        UnconfirmedWarningsException e = warned(() -> f.save(again));
        assertThat(e.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(SessionWarning.Kind.LESSON_ALREADY_DONE);
            assertThat(w.others()).extracting(Session::id).containsExactly(first.id());
        });
        assertThat(f.sessions.forClient(olga.id())).hasSize(1);

        f.sessions.save(again, Set.of(SessionWarning.Kind.LESSON_ALREADY_DONE));

        assertThat(f.sessions.forClient(olga.id())).hasSize(2);
        ProgramProgress progress = f.enrolments.progress(olga.id()).get(0);
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.steps().get(0).timesDone()).isEqualTo(2);
        assertThat(progress.steps().get(0).sessionId()).isEqualTo(first.id());
    }

    @Test
    void lessonOfAnotherEnrolment_doneEarlier_isNoWarning() {
        Enrolment old = f.enrolInBase(olga, TUESDAY.minusYears(2));
        f.lesson(old, f.lesson(1), TUESDAY.minusYears(2).plusDays(7), SessionStatus.DONE);
        f.enrolments.setStatus(old.id(), org.kabinet.model.EnrolmentStatus.STOPPED);
        Enrolment now = f.enrolInBase(olga, TUESDAY.minusWeeks(1));

        Session lesson = f.lesson(now, f.lesson(1), TUESDAY.minusDays(1), SessionStatus.DONE);

        assertThat(lesson.id()).isPositive();
    }

    @Test
    void overlappingSession_warns_neverSavesSilently() {
        f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));
        Session clash = Session.planned(anna.id(), TUESDAY.plusMinutes(30), SessionKind.FIRST);

        UnconfirmedWarningsException e = warned(() -> f.save(clash));

        assertThat(e.warnings()).extracting(SessionWarning::kind).containsExactly(SessionWarning.Kind.OVERLAP);
        assertThat(f.sessions.forClient(anna.id())).isEmpty();
        Session saved = f.sessions.save(clash, Set.of(SessionWarning.Kind.OVERLAP));
        assertThat(f.sessions.forClient(anna.id())).containsExactly(saved);
    }

    @Test
    void overlap_notWithTheNextHourNorACancelledSessionNorItself() {
        Session held = f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));
        f.save(Session.planned(olga.id(), TUESDAY.plusHours(2), SessionKind.SINGLE)
                .withStatus(SessionStatus.CANCELLED_BY_CLIENT));

        assertThat(f.sessions.warnings(Session.planned(anna.id(), TUESDAY.plusHours(1), SessionKind.FIRST))).isEmpty();
        assertThat(f.sessions.warnings(Session.planned(anna.id(), TUESDAY.plusHours(2), SessionKind.FIRST))).isEmpty();
        assertThat(f.sessions.warnings(Session.planned(anna.id(), TUESDAY.minusHours(1), SessionKind.FIRST))).isEmpty();
        assertThat(f.sessions.warnings(held.withStart(TUESDAY.plusMinutes(15)))).isEmpty();
        // A cancelled session takes no time, so it never clashes either.
        assertThat(f.sessions.warnings(Session.planned(anna.id(), TUESDAY, SessionKind.FIRST)
                .withStatus(SessionStatus.NO_SHOW))).isEmpty();
    }

    @Test
    void close_marksDone_booksNext_updatesAskNextTime_together() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusWeeks(1));
        Session today = f.lesson(enrolment, f.lesson(1), TUESDAY, SessionStatus.PLANNED);
        Session next = f.agenda.suggestNext(today);

        ClosedSession closed = f.sessions.close(new CloseSession(today.id(), next, "Как спалось?", Set.of()));

        assertThat(closed.held().status()).isEqualTo(SessionStatus.DONE);
        assertThat(closed.booked()).isPresent();
        assertThat(closed.programCompleted()).isFalse();
        assertThat(f.sessions.find(today.id()).orElseThrow().status()).isEqualTo(SessionStatus.DONE);
        Session booked = f.sessions.find(closed.booked().orElseThrow().id()).orElseThrow();
        assertThat(booked.start()).isEqualTo(TUESDAY.plusWeeks(1));
        assertThat(booked.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(booked.lessonId()).isEqualTo(f.lesson(2).id());
        assertThat(f.clients.load(olga.id()).orElseThrow().askNextTime()).isEqualTo("Как спалось?");
        ProgramProgress progress = f.enrolments.progress(olga.id()).get(0);
        assertThat(progress.steps().get(0).state()).isEqualTo(LessonStep.State.DONE);
        assertThat(progress.steps().get(1).state()).isEqualTo(LessonStep.State.PLANNED);
    }

    @Test
    void close_withoutNextOrAskNextTime_leavesTheCardAsItWas() {
        Session today = f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));

        ClosedSession closed = f.sessions.close(new CloseSession(today.id(), null, null, Set.of()));

        assertThat(closed.booked()).isEmpty();
        assertThat(f.sessions.forClient(olga.id())).hasSize(1);
        assertThat(f.clients.load(olga.id()).orElseThrow().askNextTime()).isEqualTo(olga.askNextTime());
    }

    @Test
    void close_nextSessionOverlapsUnaccepted_savesNothingAtAll() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusWeeks(1));
        Session today = f.lesson(enrolment, f.lesson(1), TUESDAY, SessionStatus.PLANNED);
        Session annas = f.save(Session.planned(anna.id(), TUESDAY.plusWeeks(1), SessionKind.FIRST));
        Session next = Session.planned(olga.id(), TUESDAY.plusWeeks(1), SessionKind.LESSON)
                .withLesson(enrolment.id(), f.lesson(2).id());

        UnconfirmedWarningsException e = warned(() -> f.sessions.close(
                new CloseSession(today.id(), next, "Что с работой?", Set.of())));

        assertThat(e.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(SessionWarning.Kind.OVERLAP);
            assertThat(w.others()).extracting(Session::id).containsExactly(annas.id());
        });
        assertThat(f.sessions.find(today.id()).orElseThrow().status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(f.sessions.forClient(olga.id())).containsExactly(today);
        assertThat(f.clients.load(olga.id()).orElseThrow().askNextTime()).isEqualTo(olga.askNextTime());
        assertThat(f.enrolments.progress(olga.id()).get(0).done()).isZero();
    }

    @Test
    void close_overlapAccepted_savesBoth() {
        Session today = f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));
        f.save(Session.planned(anna.id(), TUESDAY.plusWeeks(1), SessionKind.FIRST));
        Session next = Session.planned(olga.id(), TUESDAY.plusWeeks(1), SessionKind.SINGLE);

        ClosedSession closed = f.sessions.close(new CloseSession(today.id(), next, null,
                Set.of(SessionWarning.Kind.OVERLAP)));

        assertThat(closed.booked()).isPresent();
        assertThat(f.sessions.forClient(olga.id())).hasSize(2);
    }

    @Test
    void save_pastSession_isRecorded() {
        Session past = f.save(Session.planned(olga.id(), TUESDAY.minusMonths(3), SessionKind.FIRST)
                .withStatus(SessionStatus.DONE));

        assertThat(f.sessions.find(past.id())).contains(past);
    }

    @Test
    void save_wrongLength_isRefusedBeforeAnythingIsWritten() {
        Session tooShort = new Session(0, olga.id(), TUESDAY, 2, org.kabinet.model.SessionFormat.ONLINE,
                SessionKind.SINGLE, SessionStatus.PLANNED, false, -5L, false, null, null);

        assertThatThrownBy(() -> f.save(tooShort)).isInstanceOf(ValidationException.class);
        assertThat(SessionService.errors(tooShort)).extracting(org.kabinet.model.FieldError::field)
                .containsExactly("minutes", "fee");
        assertThat(f.sessions.forClient(olga.id())).isEmpty();
    }
}
