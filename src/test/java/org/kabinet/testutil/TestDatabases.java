package org.kabinet.testutil;

import java.nio.file.Path;
import java.time.Clock;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;

/** Fresh practice files for tests, opened at the fixed test clock. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new, empty Kabinet file in {@code dir}, at the latest schema. */
    public static Database fresh(Path dir) {
        return fresh(dir, TestClock.FIXED);
    }

    /** A new, empty Kabinet file in {@code dir} whose records are stamped by {@code clock}. */
    public static Database fresh(Path dir, Clock clock) {
        try {
            return new DatabaseOpener(clock).openOrCreate(dir.resolve("kabinet.db"));
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException("a fresh test database must open", e);
        }
    }
}
