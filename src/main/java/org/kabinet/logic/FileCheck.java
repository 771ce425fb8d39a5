package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;

/**
 * A practice file's health, as {@code verify} reports it: SQLite's full integrity check, the
 * schema version and how many records of each kind it holds. The file is opened as it is,
 * never migrated.
 */
public record FileCheck(List<String> problems, int schemaVersion, boolean demo, Map<String, Long> counts) {

    public static FileCheck of(Path file, Clock clock) throws DatabaseOpenException {
        try (Database db = new DatabaseOpener(clock).openExisting(file)) {
            List<String> problems = db.integrityProblems();
            return db.read(tx -> new FileCheck(problems, db.schemaVersion(), tx.meta().isDemo(), tx.counts().all()));
        }
    }

    public boolean sound() {
        return problems.isEmpty();
    }
}
