package org.kabinet.ui.card;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;

/**
 * A client with one of everything on her timeline (the test clock's today is 24 November 2026):
 * a first consultation in September, the Base from October (its first lesson, then paused
 * today), a private note and homework in November, and her card archived.
 */
final class TimelineFixture {

    final Client olga;
    final Session first;
    final Session lesson;
    final Note note;
    final Homework homework;

    TimelineFixture(Practice practice) {
        Client saved = practice.clients().save(ClientBuilders.olga().build());
        first = practice.sessions().save(Session.planned(saved.id(), LocalDateTime.of(2026, 9, 15, 11, 0),
                SessionKind.FIRST).withStatus(SessionStatus.DONE), Set.of());
        Program base = practice.programs().programs().get(0);
        Lesson lessonOne = practice.programs().lessons(base.id()).get(0);
        Enrolment enrolment = practice.enrolments().enrol(saved.id(), base.id(), LocalDate.of(2026, 10, 1), null);
        lesson = practice.sessions().save(Session.planned(saved.id(), LocalDateTime.of(2026, 10, 6, 15, 30),
                SessionKind.LESSON).withStatus(SessionStatus.DONE).withLesson(enrolment.id(), lessonOne.id()),
                Set.of());
        practice.enrolments().setStatus(enrolment.id(), EnrolmentStatus.PAUSED);
        note = practice.notes().save(Note.draft(saved.id(), lesson.id(), LocalDate.of(2026, 11, 10))
                .withText(NoteText.free("About her mother\nand the summer")).withPrivate(true));
        homework = practice.homework().assign(List.of(new Homework(0, saved.id(), null, null, null,
                "Walk every evening", "", LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 17),
                HomeworkStatus.ASSIGNED, "", "")), false).get(0);
        olga = practice.clients().archive(saved.id(), "moved away");
    }
}
