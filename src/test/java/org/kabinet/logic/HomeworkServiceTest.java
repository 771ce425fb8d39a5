package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

/** Homework: giving it in one step, following where it stands, talking it over; what deleting does to it. */
class HomeworkServiceTest {

    @TempDir
    Path dir;

    private ProgramFixture f;
    private HomeworkService homework;
    private Client olga;
    private long exerciseId;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
        homework = new HomeworkService(f.db, TestClock.FIXED);
        olga = f.olga();
        exerciseId = new ExerciseService(f.db).library(Locale.ENGLISH).get(0).id();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Homework exercise(Long sessionId) {
        return new Homework(0, olga.id(), sessionId, null, exerciseId, "", "", null, null, null, "", "");
    }

    private Homework freeText(String title) {
        return new Homework(0, olga.id(), null, null, null, title, "Каждый день 20 минут", null,
                LocalDate.of(2026, 12, 1), null, "", "");
    }

    private Session session(LocalDateTime start, SessionStatus status) {
        return f.save(Session.planned(olga.id(), start, SessionKind.SINGLE).withStatus(status));
    }

    @Test
    void assign_severalItems_savedTogetherAsAssignedToday() {
        List<Homework> saved = homework.assign(List.of(exercise(null), freeText("Прогулка без телефона")), false);

        assertThat(saved).hasSize(2).allMatch(h -> h.id() > 0 && h.status() == HomeworkStatus.ASSIGNED
                && TestClock.TODAY.equals(h.assignedOn()));
        assertThat(homework.forClient(olga.id())).containsExactlyInAnyOrderElementsOf(saved);
        assertThat(homework.forClient(olga.id())).anySatisfy(h -> {
            assertThat(h.exerciseId()).isNull();
            assertThat(h.title()).isEqualTo("Прогулка без телефона");
            assertThat(h.due()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
    }

    @Test
    void assign_itemWithNeitherExerciseNorTitle_isRefusedAndNothingSaved() {
        assertThatThrownBy(() -> homework.assign(List.of(exercise(null), freeText("  ")), false))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("homework.error.empty"));

        assertThat(homework.forClient(olga.id())).isEmpty();
    }

    @Test
    void assign_archivedClient_refusedUnlessConfirmed() {
        f.clients.archive(olga.id(), "");

        assertThatThrownBy(() -> homework.assign(List.of(exercise(null), freeText("Письмо")), false))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("homework.error.archived"));
        assertThat(homework.forClient(olga.id())).isEmpty();

        assertThat(homework.assign(List.of(exercise(null)), true)).hasSize(1);
        assertThat(homework.forClient(olga.id())).hasSize(1);
    }

    @Test
    void defaultDue_isTheNextPlannedSessionsDay_orNoneWithoutOne() {
        assertThat(homework.defaultDue(olga.id())).isEmpty();

        session(LocalDateTime.of(2026, 11, 17, 11, 0), SessionStatus.DONE);
        session(LocalDateTime.of(2026, 12, 1, 11, 0), SessionStatus.PLANNED);
        session(LocalDateTime.of(2026, 11, 27, 11, 0), SessionStatus.PLANNED);
        session(LocalDateTime.of(2026, 11, 25, 11, 0), SessionStatus.CANCELLED_BY_CLIENT);

        assertThat(homework.defaultDue(olga.id())).contains(LocalDate.of(2026, 11, 27));
    }

    @Test
    void setStatusAndDiscuss_areSaved_andDiscussedLeavesTheReview() {
        List<Homework> saved = homework.assign(List.of(exercise(null), freeText("Письмо"), freeText("Прогулка")),
                false);

        homework.setStatus(saved.get(0).id(), HomeworkStatus.PARTLY_DONE);
        Homework discussed = homework.discuss(saved.get(1).id(), "Много слёз, но стало легче", "Продолжить");

        assertThat(discussed.status()).isEqualTo(HomeworkStatus.DISCUSSED);
        assertThat(homework.forClient(olga.id())).anySatisfy(h -> {
            assertThat(h.id()).isEqualTo(saved.get(1).id());
            assertThat(h.status()).isEqualTo(HomeworkStatus.DISCUSSED);
            assertThat(h.feedback()).isEqualTo("Много слёз, но стало легче");
            assertThat(h.comment()).isEqualTo("Продолжить");
        }).anySatisfy(h -> {
            assertThat(h.id()).isEqualTo(saved.get(0).id());
            assertThat(h.status()).isEqualTo(HomeworkStatus.PARTLY_DONE);
        });
        assertThat(homework.toReview(olga.id())).extracting(Homework::id)
                .containsExactlyInAnyOrder(saved.get(0).id(), saved.get(2).id());
    }

    @Test
    void deleteSession_keepsItsHomeworkWithoutTheSession() {
        Session held = session(LocalDateTime.of(2026, 11, 17, 11, 0), SessionStatus.DONE);
        Homework given = homework.assign(List.of(exercise(held.id())), false).get(0);
        assertThat(homework.forSession(held.id())).containsExactly(given);

        f.sessions.delete(held.id());

        assertThat(homework.forClient(olga.id())).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(given.id());
            assertThat(h.sessionId()).isNull();
            assertThat(h.exerciseId()).isEqualTo(exerciseId);
        });
    }

    @Test
    void deleteClient_deletesTheirHomework() {
        Client other = f.client("Анна");
        homework.assign(List.of(exercise(null), freeText("Письмо")), false);
        homework.assign(List.of(new Homework(0, other.id(), null, null, exerciseId, "", "", null, null, null, "",
                "")), false);

        assertThat(f.clients.deletePermanently(olga.id(), olga.name().full())).isTrue();

        assertThat(homework.forClient(olga.id())).isEmpty();
        long left = f.db.read(tx -> tx.counts().all().get("homework"));
        assertThat(left).isEqualTo(1);
    }
}
