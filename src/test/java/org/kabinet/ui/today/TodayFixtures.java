package org.kabinet.ui.today;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * A practice with Olga enrolled in the Base and her first lesson planned today at 11:00 (the test
 * clock's Tuesday), made through the services as the app would.
 */
public record TodayFixtures(Client olga, Enrolment enrolment, List<Lesson> lessons, Session lessonToday) {

    public static final LocalDateTime TODAY_AT_11 = TestClock.TODAY.atTime(11, 0);

    public static TodayFixtures in(Practice practice) {
        Client olga = practice.clients().save(ClientBuilders.olga().build());
        Program base = practice.programs().programs().stream().filter(p -> Program.BASE.equals(p.code()))
                .findFirst().orElseThrow();
        List<Lesson> lessons = practice.programs().lessons(base.id()).stream()
                .sorted(Comparator.comparingInt(Lesson::position)).toList();
        Enrolment enrolment = practice.enrolments().enrol(olga.id(), base.id(), TestClock.TODAY.minusDays(7), null);
        Session session = practice.sessions().save(new Session(0, olga.id(), TODAY_AT_11, 60, SessionFormat.IN_PERSON,
                SessionKind.LESSON, SessionStatus.PLANNED, false, 3000L, false, enrolment.id(), lessons.get(0).id()),
                Set.of());
        return new TodayFixtures(olga, enrolment, lessons, session);
    }

    /** A client with no program and a single session at {@code start}. */
    public static Session singleSession(Practice practice, String firstName, LocalDateTime start, SessionStatus status) {
        Client client = practice.clients().save(ClientBuilders.minimal(firstName).build());
        return practice.sessions().save(Session.planned(client.id(), start, SessionKind.SINGLE).withStatus(status),
                Set.of());
    }
}
