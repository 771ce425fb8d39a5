package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Transaction;

/**
 * Notes for a demo practice: one for most held sessions (a few lines to a page; about a third
 * with the structure switched on; one in twenty private process notes), and, when a benchmark asks
 * for more, notes between sessions spread over every client's time with her. Notes are planned
 * first and written in date order, as a practice writes them, so that "the latest written" is
 * also the latest in time.
 */
final class DemoNotes {

    /** Share of held sessions, in percent, that have a note: she writes up most of them. */
    private static final int WRITTEN_UP = 85;

    private final Random random;
    private final DemoNoteTexts texts;

    DemoNotes(Random random, DemoLanguage language) {
        this.random = random;
        this.texts = DemoNoteTexts.of(language);
    }

    /** A note to write: whose, about which session (null: between sessions), and its day. */
    record Planned(long clientId, Long sessionId, LocalDate on) {
    }

    /** Plans the notes of a client's held sessions into {@code plan}. */
    void planForSessions(long clientId, List<DemoStory.Visit> visits, List<Long> sessionIds, List<Planned> plan) {
        for (int i = 0; i < visits.size(); i++) {
            DemoStory.Visit v = visits.get(i);
            if (v.status() == SessionStatus.DONE && random.nextInt(100) < WRITTEN_UP) {
                plan.add(new Planned(clientId, sessionIds.get(i), v.start().toLocalDate()));
            }
        }
    }

    /** Writes planned notes in their order, with their words drawn now. */
    void writeAll(Transaction tx, List<Planned> planned) {
        List<Note> notes = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            notes.add(note(p.clientId(), p.sessionId(), p.on()));
        }
        tx.notes().insertAll(notes);
    }

    private Note note(long clientId, Long sessionId, LocalDate on) {
        boolean isPrivate = random.nextInt(100) < 5;
        boolean structured = !isPrivate && random.nextInt(100) < 33;
        NoteText text;
        if (isPrivate) {
            text = NoteText.free(sentences(texts.privateThoughts(), 1, 3));
        } else if (structured) {
            text = new NoteText(random.nextInt(100) < 30 ? sentences(texts.observations(), 1, 1) : "",
                    pick(texts.themes()), sentences(texts.brought(), 1, 3), sentences(texts.techniques(), 1, 2),
                    sentences(texts.observations(), 1, 2), random.nextBoolean() ? sentences(texts.homeworkReview(), 1, 1)
                    : "", sentences(texts.plans(), 1, 2));
        } else {
            List<String> parts = new ArrayList<>();
            parts.add(pick(texts.themes()) + ".");
            parts.add(sentences(texts.brought(), 1, 3));
            parts.add(sentences(texts.techniques(), 1, 2));
            if (random.nextBoolean()) {
                parts.add(sentences(texts.observations(), 1, 2));
            }
            if (random.nextInt(100) < 40) {
                parts.add(sentences(texts.homeworkReview(), 1, 1));
            }
            parts.add(sentences(texts.plans(), 1, 1));
            text = NoteText.free(String.join("\n", parts));
        }
        return new Note(0, clientId, sessionId, on, isPrivate, structured, text, null);
    }

    /** Between {@code min} and {@code max} different sentences of {@code from}, as one paragraph. */
    private String sentences(List<String> from, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<String> pool = new ArrayList<>(from);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return String.join(" ", chosen);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }
}
