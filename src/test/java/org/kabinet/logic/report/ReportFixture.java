package org.kabinet.logic.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;

/**
 * A hand-made practice for the program report, written through the services. Today is
 * 24 Nov 2026 (the test clock); the period is 1 Jan – 30 Jun 2026; lesson 15 of the Base is
 * retired, so the funnel has 14 steps. Lessons are named L1, L2… by position.
 *
 * <pre>
 * client  first consultation        enrolled     done lessons (date: lesson)                   status
 * A       10 Jan                    20 Jan       27 Jan L1, 3 Feb L2, 17 Feb L3                  active
 * B       5 Feb                     10 Feb       12 Feb L1, 19 Feb L2, 1 May L3, 8 May L4        active
 * C       1 Mar                     1 Mar        8 Mar L1, 15 Mar L1 again, 29 Mar L2            stopped
 * D       1 Apr and 1 May           —
 * P       10 May                    12 May       19 May L1                                       paused
 * I       30 Jun (last day)         —
 * G       20 Dec 2025 (before)      5 Jan        L1..L11 every 14 days from 12 Jan               stopped
 * H       —                         1 Nov 2025   (before the period)                             active
 * E       1 Jul (after)             —
 * F       10 Mar, a no-show         —
 * </pre>
 * A also has a single session (not a lesson) on 1 Mar and a lesson planned for 30 Nov.
 */
public final class ReportFixture {

    public static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

    private final Practice practice;
    private final long base;
    private final List<Lesson> lessons;
    private int hour = 8;

    public ReportFixture(Practice practice) {
        this.practice = practice;
        this.base = practice.programs().programs().stream().filter(p -> Program.BASE.equals(p.code()))
                .findFirst().orElseThrow().id();
        this.lessons = practice.programs().lessons(base);
    }

    public long base() {
        return base;
    }

    /** Writes the clients, enrolments and sessions of the table above. */
    public ReportFixture write() {
        practice.programs().setLessonRetired(lessons.get(14).id(), true);

        long a = client("A");
        first(a, d(1, 10), SessionStatus.DONE);
        Enrolment ea = practice.enrolments().enrol(a, base, d(1, 20), null);
        lesson(ea, d(1, 27), 1);
        lesson(ea, d(2, 3), 2);
        lesson(ea, d(2, 17), 3);
        session(a, d(3, 1), SessionKind.SINGLE, SessionStatus.DONE, null, null);
        session(a, LocalDate.of(2026, 11, 30), SessionKind.LESSON, SessionStatus.PLANNED, ea.id(), lessons.get(3).id());

        long b = client("B");
        first(b, d(2, 5), SessionStatus.DONE);
        Enrolment eb = practice.enrolments().enrol(b, base, d(2, 10), null);
        lesson(eb, d(2, 12), 1);
        lesson(eb, d(2, 19), 2);
        lesson(eb, d(5, 1), 3);
        lesson(eb, d(5, 8), 4);

        long c = client("C");
        first(c, d(3, 1), SessionStatus.DONE);
        Enrolment ec = practice.enrolments().enrol(c, base, d(3, 1), null);
        lesson(ec, d(3, 8), 1);
        lesson(ec, d(3, 15), 1);
        lesson(ec, d(3, 29), 2);
        practice.enrolments().setStatus(ec.id(), EnrolmentStatus.STOPPED);

        long dd = client("D");
        first(dd, d(4, 1), SessionStatus.DONE);
        first(dd, d(5, 1), SessionStatus.DONE);

        long p = client("P");
        first(p, d(5, 10), SessionStatus.DONE);
        Enrolment ep = practice.enrolments().enrol(p, base, d(5, 12), null);
        lesson(ep, d(5, 19), 1);
        practice.enrolments().setStatus(ep.id(), EnrolmentStatus.PAUSED);

        first(client("I"), d(6, 30), SessionStatus.DONE);

        long g = client("G");
        first(g, LocalDate.of(2025, 12, 20), SessionStatus.DONE);
        Enrolment eg = practice.enrolments().enrol(g, base, d(1, 5), null);
        for (int n = 1; n <= 11; n++) {
            lesson(eg, d(1, 12).plusDays(14L * (n - 1)), n);
        }
        practice.enrolments().setStatus(eg.id(), EnrolmentStatus.STOPPED);

        long h = client("H");
        Enrolment eh = practice.enrolments().enrol(h, base, LocalDate.of(2025, 11, 1), null);
        lesson(eh, LocalDate.of(2025, 11, 8), 1);
        lesson(eh, d(1, 3), 2);

        first(client("E"), d(7, 1), SessionStatus.DONE);
        first(client("F"), d(3, 10), SessionStatus.NO_SHOW);
        return this;
    }

    private long client(String name) {
        return practice.clients().save(ClientBuilders.minimal(name).build()).id();
    }

    private void first(long client, LocalDate day, SessionStatus status) {
        session(client, day, SessionKind.FIRST, status, null, null);
    }

    private void lesson(Enrolment e, LocalDate day, int position) {
        session(e.clientId(), day, SessionKind.LESSON, SessionStatus.DONE, e.id(), lessons.get(position - 1).id());
    }

    private void session(long client, LocalDate day, SessionKind kind, SessionStatus status, Long enrolment,
            Long lesson) {
        // Each session at its own hour, so that no two overlap (the overlap warning is accepted anyway).
        hour = hour >= 19 ? 8 : hour + 1;
        practice.sessions().save(new Session(0, client, day.atTime(hour, 0), 60, SessionFormat.IN_PERSON, kind,
                status, false, null, false, enrolment, lesson), EnumSet.allOf(SessionWarning.Kind.class));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
