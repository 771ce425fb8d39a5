package org.kabinet.logic;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * What a backup holds, shown before anything is restored: when it was made (from its name
 * {@code kabinet-YYYY-MM-DD-HHMMSS-ID.db} or an older {@code kabinet-YYYY-MM-DD-HHMMSS.db}, else
 * the file's time), its schema version and how many
 * clients, sessions and notes are in it, and whether it is a copy of the demo practice.
 */
public record BackupPreview(Path file, LocalDateTime madeAt, int schemaVersion, long clients, long sessions,
        long notes, boolean demo) {
}
