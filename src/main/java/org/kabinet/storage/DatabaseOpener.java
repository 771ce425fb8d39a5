package org.kabinet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Opens a database file, refusing anything that is not a healthy Kabinet file of a version this
 * build understands. Until every check has passed it only reads, so a refused file is left
 * byte-for-byte as it was; Kabinet never starts empty over an existing file.
 *
 * <p>The connection uses SQLite's exclusive locking mode: the first Kabinet holds the file for
 * as long as it is open, and a second one gets "busy" on its first read, which is reported as
 * {@link OpenProblem#LOCKED} before it has changed anything.
 */
public final class DatabaseOpener {

    private static final Logger LOG = Logger.getLogger(DatabaseOpener.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter COPY_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public DatabaseOpener(Clock clock) {
        this.clock = clock;
    }

    /**
     * Opens the file for the app: creates it (and its folder) when missing, and brings an older
     * schema up to date after copying the file aside.
     */
    public Database openOrCreate(Path file) throws DatabaseOpenException {
        return open(file, true, true);
    }

    /** Opens an existing Kabinet file without changing its schema (for {@code verify}). */
    public Database openExisting(Path file) throws DatabaseOpenException {
        return open(file, false, false);
    }

    private Database open(Path file, boolean create, boolean migrate) throws DatabaseOpenException {
        boolean fresh = prepareFile(file, create);
        Connection connection = connect(file);
        try {
            int version = inspect(file, connection, fresh);
            configure(connection, migrate);
            if (migrate && version < Migrations.LATEST) {
                if (version > 0) {
                    copyAside(file, connection, version);
                }
                Migrations.migrate(connection, version);
                LOG.info(() -> "schema migrated to version " + Migrations.LATEST);
            }
            return new Database(file, connection, clock);
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw refusal(file, e);
        }
    }

    /** Creates a missing file; returns true when the file is new or empty. */
    private static boolean prepareFile(Path file, boolean create) throws DatabaseOpenException {
        if (!Files.exists(file)) {
            if (!create) {
                throw new DatabaseOpenException(file, OpenProblem.MISSING, "no such file", null);
            }
            try {
                Path parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    OwnerOnlyFiles.createDirectories(parent);
                }
                OwnerOnlyFiles.createFile(file);
            } catch (IOException e) {
                throw new DatabaseOpenException(file, OpenProblem.NO_ACCESS, "cannot create", e);
            }
            return true;
        }
        if (!Files.isRegularFile(file)) {
            throw new DatabaseOpenException(file, OpenProblem.NOT_SQLITE, "not a regular file", null);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new DatabaseOpenException(file, OpenProblem.NO_ACCESS, "not readable and writable", null);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return true;
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                int read = in.readNBytes(header, 0, header.length);
                // A real database is at least one 512-byte page; a shorter file is not one.
                if (read < header.length || size < 512 || !Arrays.equals(header, SQLITE_HEADER)) {
                    throw new DatabaseOpenException(file, OpenProblem.NOT_SQLITE, "no SQLite header", null);
                }
            }
            return false;
        } catch (IOException e) {
            throw new DatabaseOpenException(file, OpenProblem.NO_ACCESS, "cannot read", e);
        }
    }

    private static Connection connect(Path file) throws DatabaseOpenException {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = connection.createStatement()) {
                // Neither pragma writes to the file; both must be in force before the first read.
                st.execute("PRAGMA locking_mode = EXCLUSIVE");
                st.execute("PRAGMA busy_timeout = 0");
            }
            return connection;
        } catch (SQLException e) {
            throw refusal(file, e);
        }
    }

    /** Reads what the file is; returns its schema version. Writes nothing. */
    private static int inspect(Path file, Connection connection, boolean fresh)
            throws SQLException, DatabaseOpenException {
        if (!structureIsSound(connection)) {
            throw new DatabaseOpenException(file, OpenProblem.DAMAGED, "quick_check failed", null);
        }
        int applicationId = queryInt(connection, "PRAGMA application_id");
        int version = queryInt(connection, "PRAGMA user_version");
        int objects = queryInt(connection, "SELECT count(*) FROM sqlite_master");
        if (applicationId == Migrations.APPLICATION_ID) {
            if (version > Migrations.LATEST) {
                throw new DatabaseOpenException(file, OpenProblem.TOO_NEW,
                        "schema " + version + " > " + Migrations.LATEST, null);
            }
            return version;
        }
        boolean emptyDatabase = applicationId == 0 && version == 0 && objects == 0;
        if (fresh || emptyDatabase) {
            return 0;
        }
        throw new DatabaseOpenException(file, OpenProblem.FOREIGN, "application_id " + applicationId, null);
    }

    private static void configure(Connection connection, boolean writable) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
            if (writable) {
                // WAL keeps readers and the writer apart; FULL syncs every commit to the disk,
                // so a power cut after "saved" loses nothing.
                String mode = queryString(connection, "PRAGMA journal_mode = WAL");
                if (!"wal".equalsIgnoreCase(mode)) {
                    LOG.warning(() -> "journal mode is " + mode + ", not wal");
                }
                st.execute("PRAGMA synchronous = FULL");
            }
        }
    }

    /**
     * Keeps a consistent copy of the file as it was before a migration, beside it and
     * readable by the owner only, so that a migration can never be the end of her data.
     */
    private void copyAside(Path file, Connection connection, int version) throws SQLException, DatabaseOpenException {
        String stamp = LocalDateTime.now(clock).format(COPY_STAMP);
        Path copy = file.resolveSibling(file.getFileName() + ".v" + version + "-" + stamp + ".bak");
        try {
            OwnerOnlyFiles.createFile(copy);
        } catch (IOException e) {
            throw new DatabaseOpenException(file, OpenProblem.NO_ACCESS, "cannot write the copy", e);
        }
        try (var st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, copy.toAbsolutePath().toString());
            st.execute();
        }
        LOG.info(() -> "copied the file aside before migrating from version " + version);
    }

    static DatabaseOpenException refusal(Path file, SQLException e) {
        OpenProblem problem;
        if (SqlErrors.isBusy(e)) {
            problem = OpenProblem.LOCKED;
        } else if (SqlErrors.primary(e) == org.sqlite.SQLiteErrorCode.SQLITE_NOTADB.code) {
            problem = OpenProblem.NOT_SQLITE;
        } else if (SqlErrors.primary(e) == org.sqlite.SQLiteErrorCode.SQLITE_CANTOPEN.code
                || SqlErrors.primary(e) == org.sqlite.SQLiteErrorCode.SQLITE_READONLY.code
                || SqlErrors.primary(e) == org.sqlite.SQLiteErrorCode.SQLITE_PERM.code) {
            problem = OpenProblem.NO_ACCESS;
        } else {
            problem = OpenProblem.DAMAGED;
        }
        return new DatabaseOpenException(file, problem, SqlErrors.code(e).name(), e);
    }

    /**
     * SQLite's quick check of the schema and of every ordinary table with its indexes, the
     * search indexes' own tables included. Not one whole {@code PRAGMA quick_check}: since SQLite
     * 3.44 that also re-reads every note to compare the full-text index with it, which on years
     * of notes (200,000) takes seconds at every start (6 s against 0.9 s, measured on the
     * benchmark practice). That comparison, and the free-page accounting, are left to the full
     * integrity check every backup and {@code verify} run.
     */
    private static boolean structureIsSound(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        tables.add("sqlite_schema");
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' "
                        + "AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            String check = queryString(connection, "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")");
            if (!"ok".equals(check)) {
                return false;
            }
        }
        return true;
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already refusing the file; the close failing changes nothing for the user.
        }
    }
}
