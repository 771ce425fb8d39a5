package org.kabinet.model;

import java.time.Instant;

/** What a note said from {@code savedAt} until a later editing replaced it at {@code replacedAt}. */
public record NoteVersion(long id, long noteId, Instant savedAt, Instant replacedAt, boolean privateNote,
        boolean structured, NoteText text) {
}
