package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Transaction;

/**
 * Writes a demo client's story: the enrolment in the Base, the sessions and the homework given at
 * them, through the repositories.
 */
final class DemoWriter {

    private final long programId;
    private final long[] lessonIds;
    private final DemoHomework homework;
    private final DemoNotes notes;

    private DemoWriter(long programId, long[] lessonIds, DemoHomework homework, DemoNotes notes) {
        this.programId = programId;
        this.lessonIds = lessonIds;
        this.homework = homework;
        this.notes = notes;
    }

    /**
     * The Base program as the file ships it (its id and its lessons in order), with homework drawn
     * from {@code random}; gives the Base lessons their default exercises and fills in the sheet
     * settings. Notes come from {@code noteRandom}, so that adding them left the rest of the demo as it was.
     */
    static DemoWriter forBase(Transaction tx, Random random, Random noteRandom, DemoLanguage language) {
        Program base = tx.programs().programs().stream().filter(p -> Program.BASE.equals(p.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("a new file always has the Base program"));
        List<Lesson> lessons = tx.programs().lessons(base.id());
        return new DemoWriter(base.id(), lessons.stream().mapToLong(Lesson::id).toArray(),
                DemoHomework.setUp(tx, random, language, lessons), new DemoNotes(noteRandom, language));
    }

    /**
     * Writes the story, plans the notes of its held sessions into {@code notePlan} and, unless
     * {@code held} is null, adds its held past sessions to it; returns how much homework it gave.
     */
    int write(Transaction tx, long clientId, DemoStory story, List<DemoNotes.Planned> notePlan,
            List<DemoMoreHomework.Held> held) {
        Long enrolmentId = null;
        DemoStory.Enrolled e = story.enrolment();
        if (e != null) {
            enrolmentId = tx.enrolments().insert(new Enrolment(0, clientId, programId, e.enrolledOn(), e.price(),
                    e.status(), e.since())).id();
        }
        List<Long> sessionIds = new ArrayList<>(story.visits().size());
        for (DemoStory.Visit v : story.visits()) {
            boolean lesson = v.lesson() > 0;
            sessionIds.add(tx.sessions().insert(new Session(0, clientId, v.start(), Session.DEFAULT_MINUTES, story.format(), v.kind(),
                    v.status(), v.late(), v.fee(), v.paid(), lesson ? enrolmentId : null,
                    lesson ? lessonIds[v.lesson() - 1] : null)).id());
        }
        int given = homework.give(tx, clientId, story.visits(), sessionIds, lessonIds);
        notes.planForSessions(clientId, story.visits(), sessionIds, notePlan);
        if (held != null) {
            addHeld(clientId, story.visits(), sessionIds, held);
        }
        return given;
    }

    /** The story's held past sessions, for more homework than the diary gives; due and reviewed as its own. */
    private static void addHeld(long clientId, List<DemoStory.Visit> visits, List<Long> sessionIds,
            List<DemoMoreHomework.Held> held) {
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).status() == SessionStatus.DONE) {
                LocalDate day = visits.get(i).start().toLocalDate();
                LocalDate due = i + 1 < visits.size() ? visits.get(i + 1).start().toLocalDate() : day.plusDays(7);
                boolean reviewed = DemoHomework.heldAfter(visits, i);
                held.add(new DemoMoreHomework.Held(clientId, sessionIds.get(i), day, due, reviewed,
                        reviewed && DemoHomework.heldTwiceAfter(visits, i)));
            }
        }
    }

    DemoHomework homework() {
        return homework;
    }

    DemoNotes notes() {
        return notes;
    }
}
