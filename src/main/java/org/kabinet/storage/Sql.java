package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Conversions between Java values and SQLite columns, shared by the repositories. */
final class Sql {

    private Sql() {
    }

    static void setDate(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, date.toString());
        }
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static void setEnum(PreparedStatement st, int index, Enum<?> value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value.name());
        }
    }

    static <E extends Enum<E>> E getEnum(ResultSet rs, String column, Class<E> type) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : Enum.valueOf(type, text);
    }

    static void setDateTime(PreparedStatement st, int index, LocalDateTime time) throws SQLException {
        if (time == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, minutes(time));
        }
    }

    /** A local date-time to the minute, as stored: "2026-11-25T10:00". */
    static String minutes(LocalDateTime time) {
        return time.withSecond(0).withNano(0).toString();
    }

    static LocalDateTime getDateTime(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDateTime.parse(text);
    }

    static boolean getBoolean(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) == 1;
    }

    /** The id SQLite gave the row just inserted on this connection. */
    static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Binds one row's values from parameter {@code from} on; returns the index after its last. */
    @FunctionalInterface
    interface RowBinder<T> {
        int bind(PreparedStatement st, int from, T row) throws SQLException;
    }

    /**
     * Rows per statement in {@link #insertAll}. An FTS5 index writes out its pending terms at each
     * statement's savepoint, so one row a statement leaves a tiny index segment per row to merge
     * later (the demo's 200,000 notes took three times as long; 500 rows a statement took a quarter
     * less than 50). 500 rows of 14 values stay below SQLite's default limit of 32,766 parameters.
     */
    static final int ROWS_PER_INSERT = 500;

    /**
     * Inserts {@code rows} in order with {@code head} ("INSERT INTO t (a, b) VALUES ") and
     * {@code params} values a row, many rows a statement, the statements prepared once.
     */
    static <T> void insertAll(Connection connection, String head, int params, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        String one = "(" + "?, ".repeat(params - 1) + "?)";
        int full = rows.size() / ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement st = connection.prepareStatement(head + rowsOf(one, ROWS_PER_INSERT))) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bindRows(st, rows.subList(chunk * ROWS_PER_INSERT, (chunk + 1) * ROWS_PER_INSERT), binder);
                    st.executeUpdate();
                }
            }
        }
        List<T> rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement st = connection.prepareStatement(head + rowsOf(one, rest.size()))) {
                bindRows(st, rest, binder);
                st.executeUpdate();
            }
        }
    }

    private static String rowsOf(String one, int count) {
        return String.join(", ", Collections.nCopies(count, one));
    }

    private static <T> void bindRows(PreparedStatement st, List<T> rows, RowBinder<T> binder) throws SQLException {
        int next = 1;
        for (T row : rows) {
            next = binder.bind(st, next, row);
        }
    }

    /** Runs an UPDATE of one value on one row by id. */
    static void update(Connection connection, String sql, Object value, long id) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setObject(1, value);
            st.setLong(2, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Reads the current row of a result into a value. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query with these parameters, in order, and reads every row it returns. */
    static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... params) {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }
}
