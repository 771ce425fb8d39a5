package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Source;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

class MigrationsTest {

    private static final List<String> SEEDED_CODES = List.of(
            "recommendation", "website", "community", "media", "talk", "specialist", "other");

    @TempDir
    Path dir;

    @Test
    void scripts_numberedInOrder_positionIsVersion() {
        for (int version = 1; version <= Migrations.LATEST; version++) {
            assertThat(Migrations.SCRIPTS.get(version - 1)).startsWith(String.format("V%03d__", version));
            assertThat(Migrations.script(version)).isNotBlank();
        }
    }

    @Test
    void migrate_emptyFile_latestVersionWithApplicationIdAndSeededSources() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Connection c = connect(file)) {
            Migrations.migrate(c, 0);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(strings(c, "SELECT code FROM source ORDER BY position")).isEqualTo(SEEDED_CODES);
            assertThat(strings(c, "SELECT DISTINCT name || '/' || retired FROM source")).containsExactly("/0");
            assertThat(DatabaseOpener.queryString(c, "PRAGMA foreign_key_check")).isNull();
        }
    }

    @Test
    void migrate_alreadyLatest_changesNothing() throws Exception {
        Path file = dir.resolve("k.db");
        try (Connection c = connect(file)) {
            Migrations.migrate(c, 0);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO source (name, position) VALUES ('Авито', 8)");
            }

            Migrations.migrate(c, Migrations.LATEST);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "SELECT count(*) FROM source")).isEqualTo(8);
        }
    }

    @Test
    void migrate_scriptFails_versionAndSchemaUnchanged() throws Exception {
        Path file = dir.resolve("k.db");
        try (Connection c = connect(file)) {
            try (Statement st = c.createStatement()) {
                // A table the first script also creates: the script fails halfway through.
                st.executeUpdate("CREATE TABLE client (id INTEGER PRIMARY KEY)");
            }

            assertThatThrownBy(() -> Migrations.migrate(c, 0))
                    .isInstanceOf(SQLException.class);

            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isZero();
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isZero();
            assertThat(DatabaseOpener.queryInt(c, "SELECT count(*) FROM sqlite_master WHERE name = 'source'"))
                    .isZero();
        }
    }

    @Test
    void openOrCreate_reopenedAtLatest_idempotentAndNoCopyAside() throws Exception {
        Path file = dir.resolve("kabinet.db");
        DatabaseOpener opener = new DatabaseOpener(TestClock.FIXED);
        try (Database db = opener.openOrCreate(file)) {
            db.write(tx -> tx.clients().insert(ClientBuilders.olga().build()));
        }

        try (Database db = opener.openOrCreate(file)) {
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(sources).extracting(Source::code).isEqualTo(SEEDED_CODES);
            long clients = db.read(tx -> tx.counts().clients());
            assertThat(clients).isEqualTo(1);
        }
        try (Database db = opener.openOrCreate(file)) {
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(sources).hasSize(SEEDED_CODES.size());
        }

        try (Connection c = connect(file)) {
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".bak"));
        }
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
