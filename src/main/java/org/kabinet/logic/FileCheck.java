package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.OpenProblem;

/**
 * A practice file's health, as {@code verify} reports it: SQLite's full integrity check, the
 * schema version and how many records of each kind it holds. The file is opened as it is,
 * never migrated.
 */
public record FileCheck(List<String> problems, int schemaVersion, boolean demo, Map<String, Long> counts) {

    public static FileCheck of(Path file, Clock clock) throws DatabaseOpenException {
        try (Database db = new DatabaseOpener(clock).openExisting(file)) {
            if (db.schemaVersion() == 0) {
                // An empty file (0 bytes, or SQLite with no tables) opens as a new database would:
                // it holds no practice, and reading one from it would fail with SQLite's own words.
                throw new DatabaseOpenException(file, OpenProblem.FOREIGN, "no Kabinet schema", null);
            }
            List<String> problems = db.integrityProblems();
            return db.read(tx -> new FileCheck(problems, db.schemaVersion(), tx.meta().isDemo(), tx.counts().all()));
        }
    }

    /**
     * {@link #of(Path, Clock)} of a file that may be an encrypted backup, opened into a temporary
     * file (readable by her only) that is deleted before this returns.
     *
     * @throws RuleException {@code restore.passphraseNeeded}, {@code restore.passphraseWrong},
     *     {@code restore.damaged} (the sealed file was changed) or {@code restore.decryptFailed}
     */
    public static FileCheck of(Path file, Optional<String> passphrase, Clock clock) throws DatabaseOpenException {
        try (OpenedBackup opened = OpenedBackup.forReading(file, passphrase)) {
            return of(opened.file(), clock);
        }
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
