package org.kabinet.logic.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;

/**
 * Writes a small practice with first consultations, enrolments and lessons over two years, to
 * look at the programs screen and the report (not a test; run its main by hand with a file name).
 */
public final class ReportDemoPractice {

    private ReportDemoPractice() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Random random = new Random(7);
        try (Practice practice = Practice.open(Path.of(args[0]), clock)) {
            long base = practice.programs().programs().get(0).id();
            List<Lesson> lessons = practice.programs().lessons(base);
            practice.programs().addProgram("Gestalt");
            practice.programs().updateLesson(lessons.get(0).withDescription(
                    "Reliving birth; the first decisions about life and how to rewrite them."));
            practice.programs().addLesson(base, "Integration", "What stays with you after the Base.");
            practice.programs().setLessonRetired(lessons.get(12).id(), true);
            LocalDate today = LocalDate.now(clock);
            var accept = EnumSet.allOf(SessionWarning.Kind.class);
            for (int i = 0; i < 200; i++) {
                long client = practice.clients().save(ClientBuilders.minimal("Client " + i).build()).id();
                LocalDate first = today.minusDays(20 + random.nextInt(700));
                save(practice, client, first, SessionKind.FIRST, null, null, accept, 9 + i % 9);
                if (random.nextInt(3) != 0) {
                    continue;
                }
                Enrolment e = practice.enrolments().enrol(client, base, first.plusDays(random.nextInt(10)), null);
                int reach = random.nextInt(10) < 7 ? 1 + random.nextInt(10) : 1 + random.nextInt(15);
                LocalDate day = e.enrolledOn().plusDays(3);
                for (int k = 0; k < reach && day.isBefore(today); k++) {
                    save(practice, client, day, SessionKind.LESSON, e.id(), lessons.get(k).id(), accept, 9 + i % 9);
                    day = day.plusDays(random.nextInt(10) < 9 ? 7 + random.nextInt(8) : 70 + random.nextInt(90));
                }
                if (reach < 15 && random.nextBoolean()) {
                    practice.enrolments().setStatus(e.id(), EnrolmentStatus.STOPPED);
                }
            }
        }
    }

    private static void save(Practice practice, long client, LocalDate day, SessionKind kind, Long enrolment,
            Long lesson, EnumSet<SessionWarning.Kind> accept, int hour) {
        practice.sessions().save(new Session(0, client, day.atTime(hour, 0), 60, SessionFormat.IN_PERSON, kind,
                SessionStatus.DONE, false, null, false, enrolment, lesson), accept);
    }
}
