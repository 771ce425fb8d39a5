package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.StatusChange;

/** Every change of a client's status (written by {@link ClientRepository} as the status changes). */
public final class StatusHistoryRepository {

    private final Connection connection;

    StatusHistoryRepository(Connection connection) {
        this.connection = connection;
    }

    /**
     * Dates every status change of a client at {@code at}: a demo file is written today about
     * years past, and its clients' statuses should date from their own time with her.
     */
    public void backdate(long clientId, Instant at) {
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE client_status_change SET changed_at = ? WHERE client_id = ?")) {
            st.setString(1, at.toString());
            st.setLong(2, clientId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** A client's status changes, oldest first. */
    public List<StatusChange> forClient(long clientId) {
        return Sql.list(connection, "SELECT status, reason, changed_at FROM client_status_change WHERE client_id = ? "
                + "ORDER BY changed_at, id",
                rs -> new StatusChange(ClientStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                        Instant.parse(rs.getString("changed_at"))), clientId);
    }
}
