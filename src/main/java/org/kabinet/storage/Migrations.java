package org.kabinet.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The numbered schema scripts under {@code db/migration}. Script N brings a file from
 * {@code user_version} N-1 to N; each runs in its own transaction together with the version bump,
 * so a crash mid-migration leaves the file at the previous version.
 */
public final class Migrations {

    /** In order; the position in this list (from 1) is the schema version the script produces. */
    static final List<String> SCRIPTS = List.of(
            "V001__clients.sql",
            "V002__programs_and_sessions.sql",
            "V003__homework.sql",
            "V004__notes_and_search.sql",
            "V005__follow_ups.sql");

    /** The schema version this build of Kabinet writes. */
    public static final int LATEST = SCRIPTS.size();

    /** "KBNT" in ASCII: set by the first script, and how Kabinet recognises its own files. */
    public static final int APPLICATION_ID = 0x4B424E54;

    private static final String LOCATION = "/org/kabinet/db/migration/";

    private Migrations() {
    }

    /** Runs every script after {@code fromVersion}, each in a transaction of its own. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= LATEST; version++) {
            String sql = script(version);
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("BEGIN IMMEDIATE");
                try {
                    st.executeUpdate(sql);
                    st.executeUpdate("PRAGMA user_version = " + version);
                    st.executeUpdate("COMMIT");
                } catch (SQLException e) {
                    st.executeUpdate("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    /** The text of the script that produces {@code version}. */
    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream(LOCATION + name)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + name, e);
        }
    }
}
