package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.ProgressBadge;

/**
 * What the client list shows of each client's work, read for all clients in a few grouped
 * queries: the latest session held, the next one planned, and progress in the current program.
 */
final class ClientActivity {

    /** Open enrolments first, then the latest: the one the list shows. */
    private static final String PROGRESS = """
            SELECT e.client_id, e.status, p.code, p.name,
                   (SELECT count(DISTINCT s.lesson_id) FROM session s
                     WHERE s.enrolment_id = e.id AND s.status = 'DONE' AND s.lesson_id IS NOT NULL) AS done,
                   (SELECT count(*) FROM lesson l
                     WHERE l.program_id = e.program_id
                       AND (l.retired = 0 OR EXISTS (SELECT 1 FROM session s2 WHERE s2.enrolment_id = e.id
                            AND s2.lesson_id = l.id AND s2.status IN ('DONE', 'PLANNED')))) AS total
            FROM enrolment e JOIN program p ON p.id = e.program_id
            %s
            ORDER BY e.client_id, e.status IN ('ACTIVE', 'PAUSED') DESC, e.enrolled_on DESC, e.id DESC
            """;

    private final Connection connection;

    ClientActivity(Connection connection) {
        this.connection = connection;
    }

    /** Client id → day of the latest session held. */
    Map<Long, LocalDate> lastSessions(Long clientId) {
        Map<Long, LocalDate> last = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT client_id, max(starts_at) FROM session "
                + "WHERE status = 'DONE'" + (clientId == null ? "" : " AND client_id = ?") + " GROUP BY client_id")) {
            bindClient(st, clientId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    last.put(rs.getLong(1), LocalDateTime.parse(rs.getString(2)).toLocalDate());
                }
            }
            return last;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Client id → start of the next planned session from {@code now} on. */
    Map<Long, LocalDateTime> nextSessions(LocalDateTime now, Long clientId) {
        Map<Long, LocalDateTime> next = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT client_id, min(starts_at) FROM session "
                + "WHERE status = 'PLANNED' AND starts_at >= ?" + (clientId == null ? "" : " AND client_id = ?")
                + " GROUP BY client_id")) {
            st.setString(1, Sql.minutes(now));
            if (clientId != null) {
                st.setLong(2, clientId);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    next.put(rs.getLong(1), LocalDateTime.parse(rs.getString(2)));
                }
            }
            return next;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Client id → progress in the enrolment the list shows. */
    Map<Long, ProgressBadge> progress(Long clientId) {
        Map<Long, ProgressBadge> badges = new HashMap<>();
        String where = clientId == null ? "" : "WHERE e.client_id = ?";
        try (PreparedStatement st = connection.prepareStatement(PROGRESS.formatted(where))) {
            bindClient(st, clientId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    badges.putIfAbsent(rs.getLong("client_id"), new ProgressBadge(rs.getString("code"),
                            rs.getString("name"), rs.getInt("done"), rs.getInt("total"),
                            EnrolmentStatus.valueOf(rs.getString("status"))));
                }
            }
            return badges;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    private static void bindClient(PreparedStatement st, Long clientId) throws SQLException {
        if (clientId != null) {
            st.setLong(1, clientId);
        }
    }
}
