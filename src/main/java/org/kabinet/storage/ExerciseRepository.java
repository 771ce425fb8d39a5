package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;

/** The exercise library, with tags, and the default exercises of program lessons. */
public final class ExerciseRepository {

    private static final String COLUMNS = "code, own_texts, title, method, purpose, instructions, duration, "
            + "frequency, questions, retired";

    private final Connection connection;

    ExerciseRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every exercise, retired ones included, shipped ones first. As stored: shipped texts not filled in. */
    public List<Exercise> all() {
        return query("SELECT id, " + COLUMNS + " FROM exercise ORDER BY code IS NULL, id", null);
    }

    public Optional<Exercise> find(long id) {
        List<Exercise> found = query("SELECT id, " + COLUMNS + " FROM exercise WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Exercise insert(Exercise e) {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO exercise (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(st, e);
            st.executeUpdate();
            long id = Sql.lastId(connection);
            writeTags(id, e.tags());
            return e.withId(id);
        } catch (SQLException ex) {
            throw SqlErrors.toStorageException(ex);
        }
    }

    public void update(Exercise e) {
        try (PreparedStatement st = connection.prepareStatement("UPDATE exercise SET code = ?, own_texts = ?, "
                + "title = ?, method = ?, purpose = ?, instructions = ?, duration = ?, frequency = ?, questions = ?, "
                + "retired = ? WHERE id = ?")) {
            int next = bind(st, e);
            st.setLong(next, e.id());
            st.executeUpdate();
            writeTags(e.id(), e.tags());
        } catch (SQLException ex) {
            throw SqlErrors.toStorageException(ex);
        }
    }

    /** The default exercises of a lesson, in order. */
    public List<Long> lessonDefaults(long lessonId) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT exercise_id FROM lesson_exercise WHERE lesson_id = ? ORDER BY position")) {
            st.setLong(1, lessonId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void setLessonDefaults(long lessonId, List<Long> exerciseIds) {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM lesson_exercise WHERE lesson_id = ?");
                PreparedStatement ins = connection.prepareStatement(
                        "INSERT INTO lesson_exercise (lesson_id, exercise_id, position) VALUES (?, ?, ?)")) {
            del.setLong(1, lessonId);
            del.executeUpdate();
            int position = 1;
            for (long id : exerciseIds) {
                ins.setLong(1, lessonId);
                ins.setLong(2, id);
                ins.setInt(3, position++);
                ins.addBatch();
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private int bind(PreparedStatement st, Exercise e) throws SQLException {
        int i = 1;
        st.setString(i++, e.code());
        st.setInt(i++, e.ownTexts() ? 1 : 0);
        st.setString(i++, e.ownTexts() ? e.title() : "");
        Sql.setEnum(st, i++, e.method());
        st.setString(i++, e.ownTexts() ? e.purpose() : "");
        st.setString(i++, e.ownTexts() ? e.instructions() : "");
        st.setString(i++, e.ownTexts() ? e.duration() : "");
        st.setString(i++, e.ownTexts() ? e.frequency() : "");
        st.setString(i++, e.ownTexts() ? e.questions() : "");
        st.setInt(i++, e.retired() ? 1 : 0);
        return i;
    }

    private void writeTags(long id, List<String> tags) throws SQLException {
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM exercise_tag WHERE exercise_id = ?");
                PreparedStatement ins = connection.prepareStatement(
                        "INSERT INTO exercise_tag (exercise_id, tag) VALUES (?, ?)")) {
            del.setLong(1, id);
            del.executeUpdate();
            for (String tag : tags) {
                ins.setLong(1, id);
                ins.setString(2, tag);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private Map<Long, List<String>> tags() throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT exercise_id, tag FROM exercise_tag ORDER BY exercise_id, tag");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tags;
    }

    private List<Exercise> query(String sql, Long id) {
        List<Exercise> list = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (id != null) {
                st.setLong(1, id);
            }
            Map<Long, List<String>> tags = tags();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long exerciseId = rs.getLong("id");
                    list.add(new Exercise(exerciseId, rs.getString("code"), Sql.getBoolean(rs, "own_texts"),
                            rs.getString("title"), Sql.getEnum(rs, "method", ExerciseMethod.class),
                            rs.getString("purpose"), rs.getString("instructions"), rs.getString("duration"),
                            rs.getString("frequency"), rs.getString("questions"),
                            tags.getOrDefault(exerciseId, List.of()), Sql.getBoolean(rs, "retired")));
                }
            }
            return list;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }
}
