package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.model.Contact;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Homework;
import org.kabinet.model.Lesson;
import org.kabinet.model.Note;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.StatusChange;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * A client's timeline: sessions, program lessons, notes, homework, program milestones, status
 * changes and contacts in one chronological list, read in one transaction (each part by an indexed query on
 * the client, so hundreds of entries come back at once).
 */
public final class TimelineService {

    private final Database db;
    private final ZoneId zone;

    public TimelineService(Database db, Clock clock) {
        this.db = db;
        this.zone = clock.getZone();
    }

    /**
     * The client's timeline, the latest first.
     *
     * @param locale the language the titles of shipped exercises are given in
     */
    public Timeline forClient(long clientId, Locale locale) {
        return db.read(tx -> {
            List<TimelineEntry> entries = new ArrayList<>();
            for (Session s : tx.sessions().forClient(clientId)) {
                entries.add(new TimelineEntry(s.lessonId() == null ? TimelineKind.SESSION : TimelineKind.LESSON,
                        s.start(), s));
            }
            for (Note n : tx.notes().forClient(clientId)) {
                entries.add(new TimelineEntry(TimelineKind.NOTE, n.date().atStartOfDay(), n));
            }
            List<Homework> homework = tx.homework().forClient(clientId);
            Function<Homework, Homework> titled = titles(tx, homework, locale);
            for (Homework h : homework) {
                entries.add(new TimelineEntry(TimelineKind.HOMEWORK, h.assignedOn().atStartOfDay(), titled.apply(h)));
            }
            for (Enrolment e : tx.enrolments().forClient(clientId)) {
                entries.add(new TimelineEntry(TimelineKind.PROGRAM, e.enrolledOn().atStartOfDay(),
                        e.withStatus(EnrolmentStatus.ACTIVE, e.enrolledOn())));
                if (e.status() != EnrolmentStatus.ACTIVE) {
                    entries.add(new TimelineEntry(TimelineKind.PROGRAM, e.statusSince().atStartOfDay(), e));
                }
            }
            for (Contact c : tx.contacts().forClient(clientId)) {
                entries.add(new TimelineEntry(TimelineKind.CONTACT, c.at(), c));
            }
            for (StatusChange c : tx.statusHistory().forClient(clientId)) {
                entries.add(new TimelineEntry(TimelineKind.STATUS, LocalDateTime.ofInstant(c.changedAt(), zone), c));
            }
            // Latest first; on the same moment, the order of the kinds (a session before its note).
            entries.sort(Comparator.comparing(TimelineEntry::at).reversed()
                    .thenComparing(e -> e.kind().ordinal()));
            List<Program> programs = tx.programs().programs();
            return new Timeline(entries, lessons(tx, programs), programs.stream()
                    .collect(Collectors.toMap(Program::id, p -> p)));
        });
    }

    /** Homework as shown: a shipped exercise's title in the user's language when it has none of its own. */
    private static Function<Homework, Homework> titles(Transaction tx, List<Homework> homework, Locale locale) {
        if (homework.stream().noneMatch(h -> h.title().isEmpty())) {
            return h -> h;
        }
        Map<Long, String> titles = ExerciseTexts.of(locale).titles(tx.exercises().all());
        return h -> !h.title().isEmpty() || h.exerciseId() == null ? h
                : new Homework(h.id(), h.clientId(), h.sessionId(), h.lessonId(), h.exerciseId(),
                        titles.getOrDefault(h.exerciseId(), ""), h.instructions(), h.assignedOn(), h.due(),
                        h.status(), h.feedback(), h.comment());
    }

    private static Map<Long, Lesson> lessons(Transaction tx, List<Program> programs) {
        Map<Long, Lesson> lessons = new HashMap<>();
        for (Program p : programs) {
            tx.programs().lessons(p.id()).forEach(l -> lessons.put(l.id(), l));
        }
        return lessons;
    }

}
