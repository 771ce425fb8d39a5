package org.kabinet.logic.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.StorageException;

/**
 * Writes a demo practice into its own file. A file that already holds a demo is replaced; any
 * other existing file (above all, someone's real practice) is refused and left untouched.
 */
public final class DemoFile {

    private DemoFile() {
    }

    /**
     * Writes {@code clients} synthetic clients into {@code file}; returns how many were written.
     *
     * @throws NotADemoFileException when the file exists and is not a demo
     * @throws DatabaseOpenException when the existing file cannot be opened (damaged, foreign,
     *     locked by a running Kabinet, …)
     */
    public static int write(Path file, DemoLanguage language, int clients, long seed, Clock clock)
            throws DatabaseOpenException {
        return write(file, language, clients, 0, seed, clock).clients();
    }

    /**
     * Writes {@code clients} synthetic clients with notes for most held sessions, and at least
     * {@code notes} notes in all (notes between sessions make up the rest).
     *
     * @throws NotADemoFileException when the file exists and is not a demo
     * @throws DatabaseOpenException when the existing file cannot be opened
     */
    public static DemoPractice.Written write(Path file, DemoLanguage language, int clients, int notes, long seed,
            Clock clock) throws DatabaseOpenException {
        return write(file, language, new DemoVolume(clients, 0, notes, 0), seed, clock);
    }

    /**
     * Writes the volume's clients, and at least its sessions, notes and homework in all (older
     * history, notes between sessions and more homework make up what the diary lacks).
     *
     * @throws NotADemoFileException when the file exists and is not a demo
     * @throws DatabaseOpenException when the existing file cannot be opened
     */
    public static DemoPractice.Written write(Path file, DemoLanguage language, DemoVolume volume, long seed,
            Clock clock) throws DatabaseOpenException {
        DatabaseOpener opener = new DatabaseOpener(clock);
        if (Files.exists(file)) {
            boolean demo;
            try (Database existing = opener.openExisting(file)) {
                demo = existing.read(tx -> tx.meta().isDemo());
            }
            if (!demo) {
                throw new NotADemoFileException(file);
            }
            deleteWithCompanions(file);
        }
        try (Database db = opener.openOrCreate(file)) {
            return new DemoPractice(seed, language, LocalDate.now(clock)).writeInto(db, volume);
        }
    }

    /** The database and its write-ahead log and shared-memory files, so no stale log replays. */
    private static void deleteWithCompanions(Path file) {
        try {
            for (String suffix : new String[] {"-wal", "-shm", ""}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new StorageException("storage.io", "cannot replace the demo file", e);
        }
    }
}
