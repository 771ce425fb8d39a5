package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;

/**
 * Session notes and what they said before (note_version). The search index follows every change
 * by itself (triggers in V004), inside the same transaction.
 */
public final class NoteRepository {

    private static final String TEXT_COLUMNS = "body, theme, brought, techniques, observations, homework_review, plan";
    private static final String COLUMNS = "client_id, session_id, written_on, private, structured, " + TEXT_COLUMNS;
    private static final String SELECT = "SELECT id, " + COLUMNS + ", updated_at FROM note ";

    private final Connection connection;
    private final Clock clock;

    NoteRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public Note insert(Note note) {
        Instant now = clock.instant();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO note (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = bind(st, note);
            st.setString(next, now.toString());
            st.setString(next + 1, now.toString());
            st.executeUpdate();
            return note.saved(Sql.lastId(connection), now);
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /**
     * Saves new notes in their order, many a statement (a generated practice's hundreds of thousands),
     * through the same columns and search-index triggers as {@link #insert}.
     */
    public void insertAll(List<Note> notes) {
        String now = clock.instant().toString();
        try {
            Sql.insertAll(connection, "INSERT INTO note (" + COLUMNS + ", created_at, updated_at) VALUES ", 14, notes,
                    (st, from, note) -> {
                        int next = bind(st, from, note);
                        st.setString(next, now);
                        st.setString(next + 1, now);
                        return next + 2;
                    });
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Saves the note's words and choices; the client and session it belongs to stay. */
    public Note update(Note note) {
        Instant now = clock.instant();
        try (PreparedStatement st = connection.prepareStatement("UPDATE note SET written_on = ?, private = ?, "
                + "structured = ?, body = ?, theme = ?, brought = ?, techniques = ?, observations = ?, "
                + "homework_review = ?, plan = ?, updated_at = ? WHERE id = ?")) {
            int i = 1;
            Sql.setDate(st, i++, note.date());
            st.setInt(i++, note.privateNote() ? 1 : 0);
            st.setInt(i++, note.structured() ? 1 : 0);
            i = bindText(st, i, note.text());
            st.setString(i++, now.toString());
            st.setLong(i, note.id());
            if (st.executeUpdate() != 1) {
                throw new StorageException("storage.noteGone", "no note " + note.id(), null);
            }
            return note.saved(note.id(), now);
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Keeps what {@code stored} says as a version replaced now. */
    public void keepVersion(Note stored) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO note_version (note_id, saved_at, "
                + "replaced_at, private, structured, " + TEXT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            st.setLong(i++, stored.id());
            st.setString(i++, stored.updatedAt().toString());
            st.setString(i++, clock.instant().toString());
            st.setInt(i++, stored.privateNote() ? 1 : 0);
            st.setInt(i++, stored.structured() ? 1 : 0);
            bindText(st, i, stored.text());
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM note WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<Note> find(long id) {
        return first(Sql.list(connection, SELECT + "WHERE id = ?", NoteRepository::read, id));
    }

    public Optional<Note> forSession(long sessionId) {
        return first(Sql.list(connection, SELECT + "WHERE session_id = ?", NoteRepository::read, sessionId));
    }

    /** A client's notes, the latest first. */
    public List<Note> forClient(long clientId) {
        return Sql.list(connection, SELECT + "WHERE client_id = ? ORDER BY written_on DESC, id DESC",
                NoteRepository::read, clientId);
    }

    /** What a note said before, the latest first. */
    public List<NoteVersion> versions(long noteId) {
        return Sql.list(connection, "SELECT id, note_id, saved_at, replaced_at, private, structured, " + TEXT_COLUMNS
                + " FROM note_version WHERE note_id = ? ORDER BY replaced_at DESC, id DESC",
                rs -> new NoteVersion(rs.getLong("id"), rs.getLong("note_id"), Instant.parse(rs.getString("saved_at")),
                        Instant.parse(rs.getString("replaced_at")), Sql.getBoolean(rs, "private"),
                        Sql.getBoolean(rs, "structured"), readText(rs)), noteId);
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static int bind(PreparedStatement st, Note n) throws SQLException {
        return bind(st, 1, n);
    }

    private static int bind(PreparedStatement st, int from, Note n) throws SQLException {
        int i = from;
        st.setLong(i++, n.clientId());
        Sql.setLong(st, i++, n.sessionId());
        Sql.setDate(st, i++, n.date());
        st.setInt(i++, n.privateNote() ? 1 : 0);
        st.setInt(i++, n.structured() ? 1 : 0);
        return bindText(st, i, n.text());
    }

    private static int bindText(PreparedStatement st, int from, NoteText t) throws SQLException {
        int i = from;
        st.setString(i++, t.body());
        st.setString(i++, t.theme());
        st.setString(i++, t.brought());
        st.setString(i++, t.techniques());
        st.setString(i++, t.observations());
        st.setString(i++, t.homeworkReview());
        st.setString(i++, t.plan());
        return i;
    }

    private static NoteText readText(ResultSet rs) throws SQLException {
        return new NoteText(rs.getString("body"), rs.getString("theme"), rs.getString("brought"),
                rs.getString("techniques"), rs.getString("observations"), rs.getString("homework_review"),
                rs.getString("plan"));
    }

    private static Note read(ResultSet rs) throws SQLException {
        return new Note(rs.getLong("id"), rs.getLong("client_id"), Sql.getLong(rs, "session_id"),
                Sql.getDate(rs, "written_on"), Sql.getBoolean(rs, "private"), Sql.getBoolean(rs, "structured"),
                readText(rs), Instant.parse(rs.getString("updated_at")));
    }
}
