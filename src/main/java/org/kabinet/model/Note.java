package org.kabinet.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A note about a client: usually about one session ({@code sessionId}, null for a note between
 * sessions), dated the day it is about. {@code privateNote} marks process notes, kept out of every
 * export, print and summary; {@code structured} says she switched the sections on. {@code updatedAt}
 * is when it was last saved (null before the first save).
 */
public record Note(long id, long clientId, Long sessionId, LocalDate date, boolean privateNote, boolean structured,
        NoteText text, Instant updatedAt) {

    public Note {
        text = text == null ? NoteText.EMPTY : text;
    }

    /** A new, unsaved note. */
    public static Note draft(long clientId, Long sessionId, LocalDate date) {
        return new Note(0, clientId, sessionId, date, false, false, NoteText.EMPTY, null);
    }

    public boolean isSaved() {
        return id != 0;
    }

    public Note withText(NoteText newText) {
        return new Note(id, clientId, sessionId, date, privateNote, structured, newText, updatedAt);
    }

    public Note withPrivate(boolean isPrivate) {
        return new Note(id, clientId, sessionId, date, isPrivate, structured, text, updatedAt);
    }

    public Note withStructured(boolean isStructured) {
        return new Note(id, clientId, sessionId, date, privateNote, isStructured, text, updatedAt);
    }

    public Note withDate(LocalDate newDate) {
        return new Note(id, clientId, sessionId, newDate, privateNote, structured, text, updatedAt);
    }

    public Note saved(long newId, Instant at) {
        return new Note(newId, clientId, sessionId, date, privateNote, structured, text, at);
    }

    /** Whether saving this over {@code stored} would change anything she wrote or chose. */
    public boolean differsFrom(Note stored) {
        return privateNote != stored.privateNote || structured != stored.structured || !text.equals(stored.text)
                || !date.equals(stored.date);
    }
}
