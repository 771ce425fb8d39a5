package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/** The diary by day: the agenda, free slots and the session suggested after one ends. */
class AgendaServiceTest {

    private static final LocalDateTime TUESDAY = LocalDateTime.of(2026, 11, 24, 15, 0);

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

    @Test
    void suggestNext_sameWeekdayAndTimeAWeekLater_withTheNextLesson() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusWeeks(2));
        f.lesson(enrolment, f.lesson(1), TUESDAY.minusWeeks(1), SessionStatus.DONE);
        Session today = f.lesson(enrolment, f.lesson(2), TUESDAY, SessionStatus.PLANNED);

        Session next = f.agenda.suggestNext(today);

        assertThat(next.id()).isZero();
        assertThat(next.start()).isEqualTo(TUESDAY.plusWeeks(1));
        assertThat(next.kind()).isEqualTo(SessionKind.LESSON);
        assertThat(next.status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(next.enrolmentId()).isEqualTo(enrolment.id());
        assertThat(next.lessonId()).isEqualTo(f.lesson(3).id());
    }

    @Test
    void suggestNext_aWeekLaterTaken_twoWeeksLater() {
        Session today = f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));
        f.save(Session.planned(anna.id(), TUESDAY.plusWeeks(1).plusMinutes(30), SessionKind.SINGLE));

        assertThat(f.agenda.suggestNext(today).start()).isEqualTo(TUESDAY.plusWeeks(2));
    }

    @Test
    void suggestNext_aCancelledSessionAWeekLater_doesNotCount() {
        Session today = f.save(Session.planned(olga.id(), TUESDAY, SessionKind.SINGLE));
        f.save(Session.planned(anna.id(), TUESDAY.plusWeeks(1), SessionKind.SINGLE)
                .withStatus(SessionStatus.CANCELLED_BY_ME));

        assertThat(f.agenda.suggestNext(today).start()).isEqualTo(TUESDAY.plusWeeks(1));
    }

    @Test
    void suggestNext_afterAFirstConsultation_aSingleSession_withoutALesson() {
        Session first = f.save(new Session(0, olga.id(), TUESDAY, 90, org.kabinet.model.SessionFormat.ONLINE,
                SessionKind.FIRST, SessionStatus.PLANNED, false, 5000L, false, null, null));

        Session next = f.agenda.suggestNext(first);

        assertThat(next.kind()).isEqualTo(SessionKind.SINGLE);
        assertThat(next.minutes()).isEqualTo(90);
        assertThat(next.format()).isEqualTo(org.kabinet.model.SessionFormat.ONLINE);
        assertThat(next.fee()).isEqualTo(5000L);
        assertThat(next.paid()).isFalse();
        assertThat(next.lessonId()).isNull();
    }

    @Test
    void suggestNext_lastLessonOfTheProgram_noLessonLeftToCover() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusMonths(5));
        f.doneLessons(enrolment, 14, TUESDAY.minusWeeks(15));
        Session last = f.lesson(enrolment, f.lesson(15), TUESDAY, SessionStatus.PLANNED);

        Session next = f.agenda.suggestNext(last);

        assertThat(next.lessonId()).isNull();
        assertThat(next.enrolmentId()).isNull();
    }

    @Test
    void day_listsSessionsInTimeOrder_withClientProgressLessonAndAskNextTime() {
        Enrolment enrolment = f.enrolInBase(olga, TUESDAY.minusWeeks(1));
        f.lesson(enrolment, f.lesson(1), TUESDAY, SessionStatus.PLANNED);
        f.save(Session.planned(anna.id(), TUESDAY.minusHours(4), SessionKind.FIRST)
                .withStatus(SessionStatus.CANCELLED_BY_CLIENT));
        f.save(Session.planned(anna.id(), TUESDAY.plusDays(1), SessionKind.FIRST));

        List<AgendaItem> items = f.agenda.day(TUESDAY.toLocalDate());

        assertThat(items).extracting(i -> i.session().start()).containsExactly(TUESDAY.minusHours(4), TUESDAY);
        AgendaItem lesson = items.get(1);
        assertThat(lesson.client().id()).isEqualTo(olga.id());
        assertThat(lesson.client().progress().total()).isEqualTo(15);
        assertThat(lesson.lesson()).isEqualTo(f.lesson(1));
        assertThat(lesson.askNextTime()).isEqualTo(olga.askNextTime());
        assertThat(items.get(0).lesson()).isNull();
    }

    @Test
    void freeSlots_leaveOutBookedHoursAndDaysOff() {
        f.save(Session.planned(olga.id(), LocalDateTime.of(2026, 11, 25, 10, 0), SessionKind.SINGLE));

        Map<LocalDate, List<LocalDateTime>> free = f.agenda.freeSlots(LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 30), 60);

        assertThat(free).hasSize(5);
        assertThat(free.get(LocalDate.of(2026, 11, 25))).hasSize(10)
                .doesNotContain(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(free.get(LocalDate.of(2026, 11, 26))).hasSize(11);
        assertThat(free.get(LocalDate.of(2026, 11, 29))).isEmpty();
    }
}
