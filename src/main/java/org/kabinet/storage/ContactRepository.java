package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.kabinet.model.Channel;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.ContactOutcome;

/** The contact log: every call, message, email or meeting with a client, as she logged it. */
public final class ContactRepository {

    private static final String COLUMNS = "client_id, happened_at, channel, direction, purpose, outcome, note, "
            + "follow_up_id";

    private final Connection connection;
    private final Clock clock;

    ContactRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public Contact insert(Contact c) {
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO contact (" + COLUMNS
                + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            st.setLong(i++, c.clientId());
            Sql.setDateTime(st, i++, c.at());
            Sql.setEnum(st, i++, c.channel());
            Sql.setEnum(st, i++, c.direction());
            st.setString(i++, c.purpose());
            Sql.setEnum(st, i++, c.outcome());
            st.setString(i++, c.note());
            Sql.setLong(st, i++, c.followUpId());
            st.setString(i, clock.instant().toString());
            st.executeUpdate();
            return c.withId(Sql.lastId(connection));
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM contact WHERE id = ?")) {
            st.setLong(1, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** A client's contacts, the latest first. */
    public List<Contact> forClient(long clientId) {
        return Sql.list(connection, "SELECT id, " + COLUMNS + " FROM contact WHERE client_id = ? "
                + "ORDER BY happened_at DESC, id DESC", ContactRepository::read, clientId);
    }

    /** Every client's latest contact (client id order does not matter). */
    public List<Contact> latestOfEach() {
        return Sql.list(connection, "SELECT c.id, c." + COLUMNS.replace(", ", ", c.") + " FROM contact c "
                + "WHERE c.id = (SELECT c2.id FROM contact c2 WHERE c2.client_id = c.client_id "
                + "ORDER BY c2.happened_at DESC, c2.id DESC LIMIT 1)", ContactRepository::read);
    }

    private static Contact read(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getLong("client_id"), Sql.getDateTime(rs, "happened_at"),
                Sql.getEnum(rs, "channel", Channel.class), Sql.getEnum(rs, "direction", ContactDirection.class),
                rs.getString("purpose"), Sql.getEnum(rs, "outcome", ContactOutcome.class), rs.getString("note"),
                Sql.getLong(rs, "follow_up_id"));
    }
}
