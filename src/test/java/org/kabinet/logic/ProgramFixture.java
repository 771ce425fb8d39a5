package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * A fresh practice with its services at the fixed test clock (Tuesday 24 November 2026, 10:00),
 * a client, and the Base program: what the tests of sessions, enrolments and programs start from.
 */
final class ProgramFixture implements AutoCloseable {

    final Database db;
    final ClientService clients;
    final SessionService sessions;
    final EnrolmentService enrolments;
    final ProgramService programs;
    final AgendaService agenda;
    final Program base;
    final List<Lesson> baseLessons;

    ProgramFixture(Path dir) {
        this(dir, TestClock.FIXED);
    }

    /** The same practice whose records are stamped by {@code clock}. */
    ProgramFixture(Path dir, Clock clock) {
        db = TestDatabases.fresh(dir, clock);
        clients = new ClientService(db, clock);
        sessions = new SessionService(db, clock);
        enrolments = new EnrolmentService(db, clock);
        programs = new ProgramService(db);
        agenda = new AgendaService(db, clock);
        base = programs.programs().get(0);
        baseLessons = programs.lessons(base.id());
    }

    Client client(String firstName) {
        return clients.save(ClientBuilders.minimal(firstName).build());
    }

    Client olga() {
        return clients.save(ClientBuilders.olga().build());
    }

    /** The Base lesson at {@code position} (from 1). */
    Lesson lesson(int position) {
        return baseLessons.get(position - 1);
    }

    /** A session of an hour saved with no warnings to accept. */
    Session save(Session session) {
        return sessions.save(session, Set.of());
    }

    /** A lesson of {@code enrolment} at {@code start}, saved with {@code status}. */
    Session lesson(Enrolment enrolment, Lesson lesson, LocalDateTime start, SessionStatus status) {
        return save(Session.planned(enrolment.clientId(), start, SessionKind.LESSON).withStatus(status)
                .withLesson(enrolment.id(), lesson.id()));
    }

    /** Lessons 1…{@code count} of the Base done a week apart, the first at {@code first}. */
    void doneLessons(Enrolment enrolment, int count, LocalDateTime first) {
        for (int i = 1; i <= count; i++) {
            lesson(enrolment, lesson(i), first.plusWeeks(i - 1), SessionStatus.DONE);
        }
    }

    Enrolment enrolInBase(Client client, LocalDateTime on) {
        return enrolments.enrol(client.id(), base.id(), on.toLocalDate(), null);
    }

    @Override
    public void close() {
        db.close();
    }
}
