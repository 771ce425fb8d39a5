package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.ProgressBadge;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestDatabases;

/** The client list's rows carry the last session held, the next one planned and the program badge. */
class ClientActivityTest {

    /** The test clock's now: Tuesday 24 November 2026, 10:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    @TempDir
    Path dir;

    private Database db;
    private Program base;
    private List<Lesson> lessons;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        base = db.read(tx -> tx.programs().programs().get(0));
        lessons = db.read(tx -> tx.programs().lessons(base.id()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Client client(String name) {
        return db.write(tx -> tx.clients().insert(ClientBuilders.minimal(name).build()));
    }

    private Session session(Client c, LocalDateTime start, SessionStatus status) {
        return db.write(tx -> tx.sessions().insert(Session.planned(c.id(), start, SessionKind.SINGLE).withStatus(status)));
    }

    private Enrolment enrol(Client c, long programId, LocalDate on, EnrolmentStatus status) {
        return db.write(tx -> tx.enrolments().insert(new Enrolment(0, c.id(), programId, on, null, status, on)));
    }

    private void lesson(Enrolment e, Lesson lesson, LocalDateTime start, SessionStatus status) {
        db.write(tx -> tx.sessions().insert(Session.planned(e.clientId(), start, SessionKind.LESSON)
                .withStatus(status).withLesson(e.id(), lesson.id())));
    }

    private Map<Long, ClientSummary> rows() {
        List<ClientSummary> all = db.read(tx -> tx.clients().summaries());
        return all.stream().collect(Collectors.toMap(ClientSummary::id, Function.identity()));
    }

    @Test
    void summaries_lastHeldAndNextPlanned_ignoringCancelledAndOverduePlans() {
        Client olga = client("Ольга");
        session(olga, NOW.minusMonths(2), SessionStatus.DONE);
        session(olga, NOW.minusWeeks(1), SessionStatus.DONE);
        session(olga, NOW.minusDays(2), SessionStatus.NO_SHOW);
        session(olga, NOW.minusDays(1), SessionStatus.PLANNED);
        session(olga, NOW.plusDays(2), SessionStatus.CANCELLED_BY_CLIENT);
        session(olga, NOW.plusDays(7), SessionStatus.PLANNED);
        session(olga, NOW.plusDays(14), SessionStatus.PLANNED);
        Client anna = client("Анна");

        Map<Long, ClientSummary> rows = rows();

        assertThat(rows.get(olga.id()).lastSession()).isEqualTo(NOW.minusWeeks(1).toLocalDate());
        assertThat(rows.get(olga.id()).nextSession()).isEqualTo(NOW.plusDays(7));
        assertThat(rows.get(olga.id()).lastContact()).isEqualTo(NOW.minusWeeks(1).toLocalDate());
        assertThat(rows.get(anna.id()).lastSession()).isNull();
        assertThat(rows.get(anna.id()).nextSession()).isNull();
        assertThat(rows.get(anna.id()).progress()).isNull();
    }

    @Test
    void summaries_sessionLaterToday_isNext() {
        Client olga = client("Ольга");
        session(olga, NOW, SessionStatus.PLANNED);

        assertThat(rows().get(olga.id()).nextSession()).isEqualTo(NOW);
    }

    @Test
    void summaries_progressBadge_countsLessonsDoneOnce_andPrefersTheOpenEnrolment() {
        Client olga = client("Ольга");
        Program method = db.write(tx -> tx.programs().addProgram("Метод"));
        Lesson first = db.write(tx -> tx.programs().addLesson(method.id(), "Первый", ""));
        db.write(tx -> tx.programs().addLesson(method.id(), "Второй", ""));
        Enrolment inBase = enrol(olga, base.id(), LocalDate.of(2025, 1, 10), EnrolmentStatus.PAUSED);
        lesson(inBase, lessons.get(0), NOW.minusMonths(10), SessionStatus.DONE);
        lesson(inBase, lessons.get(0), NOW.minusMonths(9), SessionStatus.DONE);
        lesson(inBase, lessons.get(1), NOW.minusMonths(8), SessionStatus.DONE);
        lesson(inBase, lessons.get(2), NOW.minusMonths(7), SessionStatus.NO_SHOW);
        Enrolment inMethod = enrol(olga, method.id(), LocalDate.of(2026, 9, 1), EnrolmentStatus.COMPLETED);
        lesson(inMethod, first, NOW.minusWeeks(4), SessionStatus.DONE);

        ProgressBadge badge = rows().get(olga.id()).progress();

        assertThat(badge).isEqualTo(new ProgressBadge(Program.BASE, "", 2, 15, EnrolmentStatus.PAUSED));
    }

    @Test
    void summary_ofOneClient_isTheSameRowAsInTheList() {
        Client olga = client("Ольга");
        Client anna = client("Анна");
        Enrolment e = enrol(olga, base.id(), LocalDate.of(2026, 10, 1), EnrolmentStatus.ACTIVE);
        lesson(e, lessons.get(0), NOW.minusWeeks(1), SessionStatus.DONE);
        lesson(e, lessons.get(1), NOW.plusWeeks(1), SessionStatus.PLANNED);
        session(anna, NOW.minusWeeks(3), SessionStatus.DONE);

        Map<Long, ClientSummary> rows = rows();
        Optional<ClientSummary> olgas = db.read(tx -> tx.clients().summary(olga.id()));
        Optional<ClientSummary> annas = db.read(tx -> tx.clients().summary(anna.id()));
        Optional<ClientSummary> nobody = db.read(tx -> tx.clients().summary(9999));

        assertThat(olgas).contains(rows.get(olga.id()));
        assertThat(annas).contains(rows.get(anna.id()));
        assertThat(nobody).isEmpty();
        assertThat(olgas.orElseThrow().progress()).isEqualTo(new ProgressBadge(Program.BASE, "", 1, 15,
                EnrolmentStatus.ACTIVE));
        assertThat(olgas.orElseThrow().nextSession()).isEqualTo(NOW.plusWeeks(1));
    }

    @Test
    void deletingAClient_takesTheirSessionsAndEnrolmentsWithThem() {
        Client olga = client("Ольга");
        Enrolment e = enrol(olga, base.id(), LocalDate.of(2026, 10, 1), EnrolmentStatus.ACTIVE);
        lesson(e, lessons.get(0), NOW.minusWeeks(1), SessionStatus.DONE);

        db.write(tx -> {
            tx.clients().delete(olga.id());
            return null;
        });

        Map<String, Long> counts = db.read(tx -> tx.counts().all());
        assertThat(counts).containsEntry("sessions", 0L).containsEntry("enrolments", 0L).containsEntry("lessons", 15L);
    }
}
