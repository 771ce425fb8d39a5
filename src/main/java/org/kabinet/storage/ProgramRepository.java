package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;

/** Programs and their lessons. */
public final class ProgramRepository {

    private final Connection connection;

    ProgramRepository(Connection connection) {
        this.connection = connection;
    }

    /** Every program, retired ones included, the built-in first. */
    public List<Program> programs() {
        List<Program> programs = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, code, name, retired FROM program ORDER BY code IS NULL, id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                programs.add(program(rs));
            }
            return programs;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<Program> program(long id) {
        return programs().stream().filter(p -> p.id() == id).findFirst();
    }

    public Program addProgram(String name) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO program (name) VALUES (?)")) {
            st.setString(1, name);
            st.executeUpdate();
            return program(Sql.lastId(connection)).orElseThrow();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void renameProgram(long id, String name) {
        Sql.update(connection, "UPDATE program SET name = ? WHERE id = ?", name, id);
    }

    public void setProgramRetired(long id, boolean retired) {
        Sql.update(connection, "UPDATE program SET retired = ? WHERE id = ?", retired ? 1 : 0, id);
    }

    /** The lessons of {@code programId} in their order, retired ones included. */
    public List<Lesson> lessons(long programId) {
        return lessonsWhere("WHERE program_id = ?", programId);
    }

    /** Every lesson of every program still in use, retired lessons included, program by program. */
    public List<Lesson> lessonsOfProgramsInUse() {
        return lessonsWhere("WHERE program_id IN (SELECT id FROM program WHERE retired = ?)", 0);
    }

    public Optional<Lesson> lesson(long id) {
        List<Lesson> found = lessonsWhere("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Adds a lesson at the end of the program; returns it with its id. */
    public Lesson addLesson(long programId, String title, String description) {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO lesson (program_id, title, description, position) VALUES (?, ?, ?, "
                        + "(SELECT coalesce(max(position), 0) + 1 FROM lesson WHERE program_id = ?))")) {
            st.setLong(1, programId);
            st.setString(2, title);
            st.setString(3, description);
            st.setLong(4, programId);
            st.executeUpdate();
            return lesson(Sql.lastId(connection)).orElseThrow();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Saves a lesson's title and description (an empty title brings back the shipped one). */
    public void updateLesson(Lesson lesson) {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE lesson SET title = ?, description = ? WHERE id = ?")) {
            st.setString(1, lesson.title());
            st.setString(2, lesson.description());
            st.setLong(3, lesson.id());
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void setLessonRetired(long id, boolean retired) {
        Sql.update(connection, "UPDATE lesson SET retired = ? WHERE id = ?", retired ? 1 : 0, id);
    }

    /** Puts the lessons of a program in the order given by their ids. */
    public void reorder(long programId, List<Long> lessonIds) {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE lesson SET position = ? WHERE id = ? AND program_id = ?")) {
            int position = 1;
            for (long id : lessonIds) {
                st.setInt(1, position++);
                st.setLong(2, id);
                st.setLong(3, programId);
                st.addBatch();
            }
            st.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** How many sessions, of any client, cover this lesson. */
    public int sessionsCovering(long lessonId) {
        try (PreparedStatement st = connection.prepareStatement("SELECT count(*) FROM session WHERE lesson_id = ?")) {
            st.setLong(1, lessonId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void deleteLesson(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM lesson WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private List<Lesson> lessonsWhere(String where, long value) {
        List<Lesson> lessons = new ArrayList<>();
        // The condition is one of the constants above, never user input.
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT id, program_id, code, title, description, position, retired FROM lesson " + where
                        + " ORDER BY program_id, position, id")) {
            st.setLong(1, value);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lessons.add(new Lesson(rs.getLong("id"), rs.getLong("program_id"), rs.getString("code"),
                            rs.getString("title"), rs.getString("description"), rs.getInt("position"),
                            rs.getInt("retired") == 1));
                }
            }
            return lessons;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private static Program program(ResultSet rs) throws SQLException {
        return new Program(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("retired") == 1);
    }
}
