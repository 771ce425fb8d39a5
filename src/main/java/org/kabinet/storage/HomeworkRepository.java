package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;

/** Homework given to clients. */
public final class HomeworkRepository {

    private static final String COLUMNS = "client_id, session_id, lesson_id, exercise_id, title, instructions, "
            + "assigned_on, due, status, feedback, comment";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM homework ";

    private final Connection connection;
    private final Clock clock;

    HomeworkRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public Homework insert(Homework h) {
        String now = clock.instant().toString();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO homework (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = bind(st, h);
            st.setString(next, now);
            st.setString(next + 1, now);
            st.executeUpdate();
            return h.withId(Sql.lastId(connection));
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /**
     * Saves new homework in its order, many a statement (a generated practice's hundreds of thousands),
     * through the same columns and search-index triggers as {@link #insert}.
     */
    public void insertAll(List<Homework> all) {
        String now = clock.instant().toString();
        try {
            Sql.insertAll(connection, "INSERT INTO homework (" + COLUMNS + ", created_at, updated_at) VALUES ", 13,
                    all, (st, from, h) -> {
                        int next = bind(st, from, h);
                        st.setString(next, now);
                        st.setString(next + 1, now);
                        return next + 2;
                    });
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void update(Homework h) {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            set.append(column).append(" = ?, ");
        }
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE homework SET " + set + "updated_at = ? WHERE id = ?")) {
            int next = bind(st, h);
            st.setString(next, clock.instant().toString());
            st.setLong(next + 1, h.id());
            if (st.executeUpdate() != 1) {
                throw new StorageException("storage.homeworkGone", "no homework " + h.id(), null);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM homework WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<Homework> find(long id) {
        List<Homework> found = query(SELECT + "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A client's homework, the latest first. */
    public List<Homework> forClient(long clientId) {
        return query(SELECT + "WHERE client_id = ? ORDER BY assigned_on DESC, id DESC", clientId);
    }

    /** The homework given at one session. */
    public List<Homework> forSession(long sessionId) {
        return query(SELECT + "WHERE session_id = ? ORDER BY id", sessionId);
    }

    private int bind(PreparedStatement st, Homework h) throws SQLException {
        return bind(st, 1, h);
    }

    private int bind(PreparedStatement st, int from, Homework h) throws SQLException {
        int i = from;
        st.setLong(i++, h.clientId());
        Sql.setLong(st, i++, h.sessionId());
        Sql.setLong(st, i++, h.lessonId());
        Sql.setLong(st, i++, h.exerciseId());
        st.setString(i++, h.title());
        st.setString(i++, h.instructions());
        Sql.setDate(st, i++, h.assignedOn());
        Sql.setDate(st, i++, h.due());
        Sql.setEnum(st, i++, h.status());
        st.setString(i++, h.feedback());
        st.setString(i++, h.comment());
        return i;
    }

    private List<Homework> query(String sql, long value) {
        return Sql.list(connection, sql, HomeworkRepository::read, value);
    }

    private static Homework read(ResultSet rs) throws SQLException {
        return new Homework(rs.getLong("id"), rs.getLong("client_id"), Sql.getLong(rs, "session_id"),
                Sql.getLong(rs, "lesson_id"), Sql.getLong(rs, "exercise_id"), rs.getString("title"),
                rs.getString("instructions"), Sql.getDate(rs, "assigned_on"), Sql.getDate(rs, "due"),
                Sql.getEnum(rs, "status", HomeworkStatus.class), rs.getString("feedback"), rs.getString("comment"));
    }
}
