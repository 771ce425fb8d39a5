package org.kabinet.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConnection;

/**
 * An open Kabinet database file. Every piece of work runs in a transaction: {@link #write} is one
 * user action, committed as a whole or not at all. One connection serves the whole app, and the
 * methods are synchronized, so calls from any background thread are serialised. Open files with
 * {@link DatabaseOpener}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    Database(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work in one transaction, so that what it reads is consistent. */
    public synchronized <T> T read(Function<Transaction, T> work) {
        return inTransaction("BEGIN", work);
    }

    /** Runs one user action's writes in one transaction: all of it is committed, or none. */
    public synchronized <T> T write(Function<Transaction, T> work) {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    private <T> T inTransaction(String begin, Function<Transaction, T> work) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(begin);
            T result;
            try {
                result = work.apply(new Transaction(connection, clock));
            } catch (RuntimeException e) {
                rollback(st);
                throw e;
            }
            try {
                st.executeUpdate("COMMIT");
            } catch (SQLException e) {
                rollback(st);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private static void rollback(Statement st) {
        try {
            st.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (a full disk); nothing is left to undo.
            LOG.log(Level.FINE, "rollback after failure", e);
        }
    }

    /**
     * SQLite's full integrity check (every page, index and constraint): an empty list when the
     * file is sound, else SQLite's own descriptions of what is wrong.
     */
    public synchronized List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2));
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        return problems;
    }

    /** Pages copied per step of a backup (4 KB each: 32 MB a step, so progress still moves). */
    private static final int BACKUP_PAGES_PER_STEP = 8192;
    private static final int BACKUP_BUSY_SLEEP_MS = 100;
    private static final int BACKUP_BUSY_TRIES = 3;

    /** Told how far a backup has come: pages copied of all pages. */
    @FunctionalInterface
    public interface BackupProgress {
        void copied(int pages, int of);
    }

    /**
     * Copies the whole file into {@code target} with SQLite's online backup. Calls on this
     * database are serialised, so no transaction is half-done while it copies: the copy is the file
     * as of the last commit. Never a plain copy of a live write-ahead-logged file.
     */
    public synchronized void backupTo(Path target, BackupProgress progress) {
        try {
            SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
            // Large steps: the driver's default of 100 pages a step made a 300 MB file take seconds.
            int rc = sqlite.getDatabase().backup("main", target.toAbsolutePath().toString(),
                    (remaining, pageCount) -> progress.copied(pageCount - remaining, pageCount),
                    BACKUP_BUSY_SLEEP_MS, BACKUP_BUSY_TRIES, BACKUP_PAGES_PER_STEP);
            if (rc != 0) {
                throw new StorageException("storage.backupFailed", "backup ended with SQLite code " + rc, null);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** The schema version the file is at ({@code PRAGMA user_version}). */
    public synchronized int schemaVersion() {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Closes the file; SQLite checkpoints the write-ahead log into it on the way. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing the database failed", e);
        }
    }
}
