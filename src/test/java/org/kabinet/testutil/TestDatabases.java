package org.kabinet.testutil;

import java.nio.file.Path;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;

/** Fresh practice files for tests, opened at the fixed test clock. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new, empty Kabinet file in {@code dir}, at the latest schema. */
    public static Database fresh(Path dir) {
        try {
            return new DatabaseOpener(TestClock.FIXED).openOrCreate(dir.resolve("kabinet.db"));
        } catch (DatabaseOpenException e) {
            throw new IllegalStateException("a fresh test database must open", e);
        }
    }
}
