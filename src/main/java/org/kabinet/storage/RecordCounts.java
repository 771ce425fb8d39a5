package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of each kind the file holds. */
public final class RecordCounts {

    /** Kind of record as printed by {@code verify}, and the table that holds it. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("clients", "client"),
            Map.entry("sources", "source"),
            Map.entry("goals", "client_goal"),
            Map.entry("phones", "client_phone"),
            Map.entry("statusChanges", "client_status_change"),
            Map.entry("programs", "program"),
            Map.entry("lessons", "lesson"),
            Map.entry("enrolments", "enrolment"),
            Map.entry("sessions", "session"),
            Map.entry("exercises", "exercise"),
            Map.entry("homework", "homework"),
            Map.entry("notes", "note"),
            Map.entry("contacts", "contact"),
            Map.entry("followUps", "follow_up"));

    private static final String[] ORDER = {"clients", "goals", "phones", "sources", "statusChanges",
        "programs", "lessons", "enrolments", "sessions", "exercises", "homework", "notes", "contacts", "followUps"};

    private final Connection connection;

    RecordCounts(Connection connection) {
        this.connection = connection;
    }

    /** Kind → count, in a stable order; kinds a file from an older Kabinet has no table for are left out. */
    public Map<String, Long> all() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : ORDER) {
            if (exists(TABLES.get(kind))) {
                counts.put(kind, count(TABLES.get(kind)));
            }
        }
        return counts;
    }

    private boolean exists(String table) {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    public long clients() {
        return count("client");
    }

    private long count(String table) {
        // The table name comes from the constant map above, never from input.
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }
}
