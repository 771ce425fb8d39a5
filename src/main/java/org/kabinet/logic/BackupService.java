package org.kabinet.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.kabinet.storage.BackupFiles;
import org.kabinet.storage.Database;
import org.kabinet.storage.OwnerOnlyFiles;
import org.kabinet.storage.StorageException;

/**
 * Backups of the open practice: a consistent copy made with SQLite's own backup, checked before it
 * is reported as done, named with the date and time. Call from a background thread.
 */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    /** "kabinet-2026-11-25-193842.db": sorts by time, and no character a file system refuses. */
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'kabinet-'yyyy-MM-dd-HHmmss'.db'");

    private final Database db;
    private final Clock clock;

    public BackupService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Backs the practice up into {@code folder} (made if missing, readable by her only).
     *
     * @throws StorageException {@code storage.backupFailed} (the folder cannot be written: a full
     *     disk, a stick pulled out) or {@code storage.backupDamaged}; nothing is left half-written
     */
    public BackupFiles.Written backUp(Path folder, Database.BackupProgress progress) {
        try {
            OwnerOnlyFiles.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("storage.backupFailed", "cannot make the backup folder", e);
        }
        Path target = folder.resolve(NAME.format(LocalDateTime.now(clock)));
        long started = System.nanoTime();
        BackupFiles.Written written = BackupFiles.write(db, target, progress);
        LOG.info(() -> "backup written and checked (" + written.bytes() + " bytes, "
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
        return written;
    }
}
