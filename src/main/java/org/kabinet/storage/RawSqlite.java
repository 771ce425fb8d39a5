package org.kabinet.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * A plain SQLite connection to a practice file with none of Kabinet around it, for the benchmark's
 * yardstick: the same statements run directly, every value of every row read, nothing mapped to
 * objects. Read-only, so the yardstick can never change the file.
 */
public final class RawSqlite implements AutoCloseable {

    private final Connection connection;

    private RawSqlite(Connection connection) {
        this.connection = connection;
    }

    /** Opens {@code file} read-only. Kabinet must not hold it open: it keeps its file to itself. */
    public static RawSqlite open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            return new RawSqlite(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    config.toProperties()));
        } catch (SQLException e) {
            throw new StorageException("storage.io", "cannot open the file for the benchmark", e);
        }
    }

    /** Runs {@code sql} with {@code params} and reads every column of every row; returns the rows. */
    public long rows(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                long rows = 0;
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    rows++;
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new StorageException("storage.io", "a benchmark statement failed", e);
        }
    }

    /** The first column of the first row of {@code sql}, as a number (0 when there is none). */
    public long number(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StorageException("storage.io", "a benchmark statement failed", e);
        }
    }

    /** The first column of every row of {@code sql}, as numbers. */
    public List<Long> numbers(String sql, Object... params) {
        try (PreparedStatement st = prepare(sql, params)) {
            List<Long> numbers = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    numbers.add(rs.getLong(1));
                }
            }
            return numbers;
        } catch (SQLException e) {
            throw new StorageException("storage.io", "a benchmark statement failed", e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement st = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st;
        } catch (SQLException e) {
            st.close();
            throw e;
        }
    }

    /** SQLite's own online backup of the whole file into {@code target}: the copy alone. */
    public void backupTo(Path target) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("backup to \"" + target.toAbsolutePath() + "\"");
        } catch (SQLException e) {
            throw new StorageException("storage.io", "the direct backup failed", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("storage.io", "cannot close the benchmark connection", e);
        }
    }
}
