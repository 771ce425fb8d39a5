package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sqlite.SQLiteErrorCode;

/**
 * The practice's tables read and written row by row, whatever their columns, for the JSON export
 * and import. Table names come from the fixed list below and column names from the schema itself
 * ({@code PRAGMA table_info}), never from a file being imported: a name the file brings is only
 * ever compared with them.
 */
public final class TableRows {

    /**
     * Every table that holds the practice, parents before children, so that rows inserted in this
     * order find what they refer to. Left out on purpose: the full-text indexes and their shadow
     * tables (their triggers rebuild them as rows go in) and SQLite's own tables.
     */
    public static final List<String> TABLES = List.of("practice_meta", "source", "client", "client_phone",
            "client_goal", "client_problem", "client_status_change", "program", "lesson", "enrolment",
            "session", "exercise", "exercise_tag", "lesson_exercise", "homework", "note", "note_version",
            "follow_up", "contact", "suggestion_dismissal");

    /**
     * Settings that belong to this computer or are secret: the backup folder, the last backup, the
     * backup passphrase, the app lock; and whether the file is the demo (an export of the demo must
     * not turn her own file into one: no backups, a demo banner). They never leave the file and an
     * import keeps the ones here.
     */
    private static final String LOCAL_SETTINGS = "(key LIKE 'backup.%' OR key LIKE 'lock.%' OR key = 'demo')";

    /** Rows of these tables that are always left out: fixed SQL, chosen by table name. */
    private static final Map<String, String> ALWAYS_LEFT_OUT = Map.of("practice_meta", LOCAL_SETTINGS);

    /** Private notes and every version of them, left out unless she includes them. */
    private static final Map<String, String> PRIVATE = Map.of(
            "note", "private = 1",
            "note_version", "(private = 1 OR note_id IN (SELECT id FROM note WHERE private = 1))");

    /** A table's name and its columns in declared order. */
    public record Table(String name, List<Column> columns) {

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }

        public Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    /** A column's name, declared type, and place in the primary key (0: not in it). */
    public record Column(String name, String type, int keyPosition) {

        public boolean isBlob() {
            return type.toUpperCase(java.util.Locale.ROOT).contains("BLOB");
        }
    }

    /** A row SQLite refused (a constraint): SQLite's own words, which name columns, never values. */
    public static final class RowRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RowRefused(String table, SQLException cause) {
            super(table + ": " + cause.getMessage(), cause);
        }
    }

    private final Connection connection;

    TableRows(Connection connection) {
        this.connection = connection;
    }

    /** The tables of {@link #TABLES} this file has, with their columns. */
    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (String name : TABLES) {
            List<Column> columns = columns(name);
            if (!columns.isEmpty()) {
                tables.add(new Table(name, columns));
            }
        }
        return tables;
    }

    private List<Column> columns(String table) {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(new Column(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        return columns;
    }

    /**
     * Hands every row of {@code table} to {@code row}, by primary key, as values typed the way
     * SQLite stores them: Long, Double, String, byte[] or null.
     */
    public void read(Table table, boolean includePrivate, Consumer<Object[]> row) {
        List<String> leftOut = new ArrayList<>();
        Optional.ofNullable(ALWAYS_LEFT_OUT.get(table.name())).ifPresent(leftOut::add);
        if (!includePrivate) {
            Optional.ofNullable(PRIVATE.get(table.name())).ifPresent(leftOut::add);
        }
        String sql = "SELECT " + String.join(", ", quoted(table.columnNames())) + " FROM " + quote(table.name())
                + (leftOut.isEmpty() ? "" : " WHERE NOT (" + String.join(") AND NOT (", leftOut) + ")")
                + " ORDER BY " + String.join(", ", quoted(keyColumns(table)));
        int n = table.columns().size();
        try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Object[] values = new Object[n];
                for (int i = 0; i < n; i++) {
                    Object value = rs.getObject(i + 1);
                    values[i] = value instanceof Integer small ? Long.valueOf(small) : value;
                }
                row.accept(values);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private static List<String> keyColumns(Table table) {
        List<String> key = table.columns().stream().filter(c -> c.keyPosition() > 0)
                .sorted(java.util.Comparator.comparingInt(Column::keyPosition)).map(Column::name).toList();
        return key.isEmpty() ? List.of("rowid") : key;
    }

    /**
     * Empties every table of {@link #TABLES} (children first) except this computer's own settings,
     * and lets references wait until the commit, so that rows may go in by primary key even when
     * one refers to a later one (a client referred by a client added after her).
     */
    public void clearForImport() {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("PRAGMA defer_foreign_keys = ON");
            for (int i = TABLES.size() - 1; i >= 0; i--) {
                String table = TABLES.get(i);
                if (columns(table).isEmpty()) {
                    continue;
                }
                String where = table.equals("practice_meta") ? " WHERE NOT " + LOCAL_SETTINGS : "";
                st.executeUpdate("DELETE FROM " + quote(table) + where);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Whether a practice_meta key is one of this computer's own settings, which an import keeps. */
    public static boolean isLocalSetting(String key) {
        return key.startsWith("backup.") || key.startsWith("lock.") || key.equals("demo");
    }

    /** Inserts rows into {@code table}; one statement per set of columns, reused. */
    public Inserter inserter(Table table) {
        return new Inserter(table);
    }

    /** Rows whose references lead nowhere, as SQLite's foreign key check finds them: "table row N". */
    public List<String> brokenReferences() {
        List<String> problems = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add(rs.getString(1) + " row " + rs.getLong(2) + " -> " + rs.getString(3));
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
        return problems;
    }

    /** Puts rows into one table; close it when the table is done. */
    public final class Inserter implements AutoCloseable {

        private final Table table;
        private final Map<List<String>, PreparedStatement> statements = new HashMap<>();

        private Inserter(Table table) {
            this.table = table;
        }

        /** @param columns names of {@code table}'s columns (checked by the caller), in the order of {@code values} */
        public void insert(List<String> columns, List<Object> values) {
            try {
                PreparedStatement st = statements.get(columns);
                if (st == null) {
                    st = connection.prepareStatement("INSERT INTO " + quote(table.name()) + " ("
                            + String.join(", ", quoted(columns)) + ") VALUES ("
                            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
                    statements.put(List.copyOf(columns), st);
                }
                for (int i = 0; i < values.size(); i++) {
                    st.setObject(i + 1, values.get(i));
                }
                st.executeUpdate();
            } catch (SQLException e) {
                int primary = SqlErrors.primary(e);
                // A mismatch is text where an integer key belongs: the row's fault, like a constraint.
                if (primary == SQLiteErrorCode.SQLITE_CONSTRAINT.code || primary == SQLiteErrorCode.SQLITE_MISMATCH.code) {
                    throw new RowRefused(table.name(), e);
                }
                throw SqlErrors.toStorageException(e);
            }
        }

        @Override
        public void close() {
            for (PreparedStatement st : statements.values()) {
                try {
                    st.close();
                } catch (SQLException e) {
                    throw SqlErrors.toStorageException(e);
                }
            }
        }
    }

    /** Names from the schema, quoted as SQL identifiers all the same. */
    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(TableRows::quote).toList();
    }
}
