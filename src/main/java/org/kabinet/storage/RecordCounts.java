package org.kabinet.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many records of each kind the file holds. */
public final class RecordCounts {

    /** Kind of record as printed by {@code verify}, and the table that holds it. */
    private static final Map<String, String> TABLES = Map.of(
            "clients", "client",
            "sources", "source",
            "goals", "client_goal",
            "phones", "client_phone",
            "statusChanges", "client_status_change",
            "programs", "program",
            "lessons", "lesson",
            "enrolments", "enrolment",
            "sessions", "session");

    private static final String[] ORDER = {"clients", "goals", "phones", "sources", "statusChanges",
        "programs", "lessons", "enrolments", "sessions"};

    private final Connection connection;

    RecordCounts(Connection connection) {
        this.connection = connection;
    }

    /** Kind → count, in a stable order. */
    public Map<String, Long> all() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String kind : ORDER) {
            counts.put(kind, count(TABLES.get(kind)));
        }
        return counts;
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
