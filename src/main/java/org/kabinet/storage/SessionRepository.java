package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/** Sessions: the diary of the practice, past and planned. */
public final class SessionRepository {

    private static final String COLUMNS = "client_id, starts_at, minutes, format, kind, status, late_cancel, "
            + "fee, paid, enrolment_id, lesson_id";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM session ";

    private final Connection connection;
    private final Clock clock;

    SessionRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Saves a new session; returns it with its id. */
    public Session insert(Session session) {
        String now = clock.instant().toString();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO session (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int next = bind(st, session);
            st.setString(next, now);
            st.setString(next + 1, now);
            st.executeUpdate();
            return session.withId(Sql.lastId(connection));
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /**
     * Saves new sessions in their order with one statement prepared once (a generated practice's
     * hundreds of thousands); returns them with their ids, in the same order.
     */
    public List<Session> insertAll(List<Session> sessions) {
        String now = clock.instant().toString();
        List<Session> saved = new ArrayList<>(sessions.size());
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO session (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement lastId = connection.prepareStatement("SELECT last_insert_rowid()")) {
            for (Session session : sessions) {
                int next = bind(st, session);
                st.setString(next, now);
                st.setString(next + 1, now);
                st.executeUpdate();
                try (ResultSet rs = lastId.executeQuery()) {
                    rs.next();
                    saved.add(session.withId(rs.getLong(1)));
                }
            }
            return saved;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void update(Session session) {
        StringBuilder set = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            set.append(column).append(" = ?, ");
        }
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE session SET " + set + "updated_at = ? WHERE id = ?")) {
            int next = bind(st, session);
            st.setString(next, clock.instant().toString());
            st.setLong(next + 1, session.id());
            if (st.executeUpdate() != 1) {
                throw new StorageException("storage.sessionGone", "no session " + session.id(), null);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM session WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<Session> find(long id) {
        List<Session> found = query(SELECT + "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every session of a client, the earliest first. */
    public List<Session> forClient(long clientId) {
        return query(SELECT + "WHERE client_id = ? ORDER BY starts_at, id", clientId);
    }

    /** Sessions starting in [from, to), any client, in time order. */
    public List<Session> between(LocalDateTime from, LocalDateTime to) {
        return query(SELECT + "WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id", Sql.minutes(from),
                Sql.minutes(to));
    }

    /** Every session of every client, in time order: for reports. */
    public List<Session> all() {
        return query(SELECT + "ORDER BY starts_at, id");
    }

    /**
     * Sessions that take time in the diary (planned or held) and overlap [start, end), other than
     * {@code exceptId}.
     */
    public List<Session> overlapping(LocalDateTime start, LocalDateTime end, long exceptId) {
        // Sessions last at most 10 hours, so a start within that window before covers every overlap.
        return query(SELECT + "WHERE starts_at < ? AND starts_at >= ? AND id <> ? "
                + "AND status IN ('PLANNED', 'DONE') ORDER BY starts_at", Sql.minutes(end),
                Sql.minutes(start.minusHours(10)), exceptId).stream().filter(s -> s.end().isAfter(start)).toList();
    }

    private int bind(PreparedStatement st, Session s) throws SQLException {
        int i = 1;
        st.setLong(i++, s.clientId());
        Sql.setDateTime(st, i++, s.start());
        st.setInt(i++, s.minutes());
        Sql.setEnum(st, i++, s.format());
        Sql.setEnum(st, i++, s.kind());
        Sql.setEnum(st, i++, s.status());
        st.setInt(i++, s.lateCancellation() ? 1 : 0);
        Sql.setLong(st, i++, s.fee());
        st.setInt(i++, s.paid() ? 1 : 0);
        Sql.setLong(st, i++, s.enrolmentId());
        Sql.setLong(st, i++, s.lessonId());
        return i;
    }

    private List<Session> query(String sql, Object... params) {
        return Sql.list(connection, sql, SessionRepository::read, params);
    }

    static Session read(ResultSet rs) throws SQLException {
        return new Session(rs.getLong("id"), rs.getLong("client_id"), Sql.getDateTime(rs, "starts_at"),
                rs.getInt("minutes"), Sql.getEnum(rs, "format", SessionFormat.class),
                Sql.getEnum(rs, "kind", SessionKind.class), Sql.getEnum(rs, "status", SessionStatus.class),
                Sql.getBoolean(rs, "late_cancel"), Sql.getLong(rs, "fee"), Sql.getBoolean(rs, "paid"),
                Sql.getLong(rs, "enrolment_id"), Sql.getLong(rs, "lesson_id"));
    }
}
