package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;

/** Clients' enrolments in programs. */
public final class EnrolmentRepository {

    private static final String SELECT = "SELECT id, client_id, program_id, enrolled_on, price, status, "
            + "status_since FROM enrolment ";

    private final Connection connection;
    private final Clock clock;

    EnrolmentRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public Enrolment insert(Enrolment e) {
        String now = clock.instant().toString();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO enrolment (client_id, program_id, "
                + "enrolled_on, price, status, status_since, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, e.clientId());
            st.setLong(2, e.programId());
            Sql.setDate(st, 3, e.enrolledOn());
            Sql.setLong(st, 4, e.price());
            Sql.setEnum(st, 5, e.status());
            Sql.setDate(st, 6, e.statusSince());
            st.setString(7, now);
            st.setString(8, now);
            st.executeUpdate();
            return e.withId(Sql.lastId(connection));
        } catch (SQLException ex) {
            throw SqlErrors.toStorageException(ex);
        }
    }

    public void update(Enrolment e) {
        try (PreparedStatement st = connection.prepareStatement("UPDATE enrolment SET enrolled_on = ?, price = ?, "
                + "status = ?, status_since = ?, updated_at = ? WHERE id = ?")) {
            Sql.setDate(st, 1, e.enrolledOn());
            Sql.setLong(st, 2, e.price());
            Sql.setEnum(st, 3, e.status());
            Sql.setDate(st, 4, e.statusSince());
            st.setString(5, clock.instant().toString());
            st.setLong(6, e.id());
            st.executeUpdate();
        } catch (SQLException ex) {
            throw SqlErrors.toStorageException(ex);
        }
    }

    public Optional<Enrolment> find(long id) {
        List<Enrolment> found = query(SELECT + "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A client's enrolments, the latest first. */
    public List<Enrolment> forClient(long clientId) {
        return query(SELECT + "WHERE client_id = ? ORDER BY enrolled_on DESC, id DESC", clientId);
    }

    /** Every enrolment in a program: for the program report. */
    public List<Enrolment> inProgram(long programId) {
        return query(SELECT + "WHERE program_id = ? ORDER BY enrolled_on, id", programId);
    }

    private List<Enrolment> query(String sql, long value) {
        return Sql.list(connection, sql, EnrolmentRepository::read, value);
    }

    private static Enrolment read(ResultSet rs) throws SQLException {
        return new Enrolment(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("program_id"),
                Sql.getDate(rs, "enrolled_on"), Sql.getLong(rs, "price"),
                Sql.getEnum(rs, "status", EnrolmentStatus.class), Sql.getDate(rs, "status_since"));
    }
}
