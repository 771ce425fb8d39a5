package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Dismissal;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.SuggestionRule;

/** Planned follow-ups, and the suggestions she dismissed. */
public final class FollowUpRepository {

    private static final String COLUMNS = "client_id, due, rule, reason, script, status";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM follow_up ";

    private final Connection connection;
    private final Clock clock;

    FollowUpRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public FollowUp insert(FollowUp f) {
        String now = clock.instant().toString();
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO follow_up (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bind(st, f);
            st.setString(i, now);
            st.setString(i + 1, now);
            st.executeUpdate();
            return f.withId(Sql.lastId(connection));
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void update(FollowUp f) {
        try (PreparedStatement st = connection.prepareStatement("UPDATE follow_up SET client_id = ?, due = ?, "
                + "rule = ?, reason = ?, script = ?, status = ?, updated_at = ? WHERE id = ?")) {
            int i = bind(st, f);
            st.setString(i, clock.instant().toString());
            st.setLong(i + 1, f.id());
            if (st.executeUpdate() != 1) {
                throw new StorageException("storage.followUpGone", "no follow-up " + f.id(), null);
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public Optional<FollowUp> find(long id) {
        List<FollowUp> found = Sql.list(connection, SELECT + "WHERE id = ?", FollowUpRepository::read, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every follow-up still to do (planned or postponed), the earliest due first. */
    public List<FollowUp> open() {
        return Sql.list(connection, SELECT + "WHERE status IN ('PLANNED', 'POSTPONED') ORDER BY due, id",
                FollowUpRepository::read);
    }

    /** A client's follow-ups, the latest due first. */
    public List<FollowUp> forClient(long clientId) {
        return Sql.list(connection, SELECT + "WHERE client_id = ? ORDER BY due DESC, id DESC",
                FollowUpRepository::read, clientId);
    }

    /** Records that she dismissed a rule's suggestion for this occasion, now. */
    public void dismiss(long clientId, SuggestionRule rule, String occasion) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO suggestion_dismissal (client_id, rule, "
                + "occasion, dismissed_at) VALUES (?, ?, ?, ?) ON CONFLICT (client_id, rule, occasion) "
                + "DO UPDATE SET dismissed_at = excluded.dismissed_at")) {
            st.setLong(1, clientId);
            st.setString(2, rule.name());
            st.setString(3, occasion);
            st.setString(4, clock.instant().toString());
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** Every dismissal, of every client. */
    public List<Dismissal> dismissals() {
        return Sql.list(connection, "SELECT client_id, rule, occasion, dismissed_at FROM suggestion_dismissal",
                rs -> new Dismissal(rs.getLong("client_id"), SuggestionRule.valueOf(rs.getString("rule")),
                        rs.getString("occasion"), Instant.parse(rs.getString("dismissed_at"))));
    }

    private static int bind(PreparedStatement st, FollowUp f) throws SQLException {
        int i = 1;
        st.setLong(i++, f.clientId());
        Sql.setDate(st, i++, f.due());
        Sql.setEnum(st, i++, f.rule());
        st.setString(i++, f.reason());
        st.setString(i++, f.script());
        Sql.setEnum(st, i++, f.status());
        return i;
    }

    private static FollowUp read(ResultSet rs) throws SQLException {
        return new FollowUp(rs.getLong("id"), rs.getLong("client_id"), Sql.getDate(rs, "due"),
                Sql.getEnum(rs, "rule", SuggestionRule.class), rs.getString("reason"), rs.getString("script"),
                Sql.getEnum(rs, "status", FollowUpStatus.class));
    }
}
