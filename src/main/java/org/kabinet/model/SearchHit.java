package org.kabinet.model;

import java.time.LocalDate;

/**
 * One thing a search found. {@code id} is the client's, note's, homework's or lesson's own id;
 * {@code clientId} and {@code client} say whose it is (0 and null for a program lesson);
 * {@code title} is what the row is called, {@code snippet} the words around the match; {@code date}
 * is the day it is about (null when none); {@code privateNote} marks a private note.
 */
public record SearchHit(SearchKind kind, long id, long clientId, PersonName client, Snippet title, Snippet snippet,
        LocalDate date, boolean privateNote) {
}
