package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Homework;
import org.kabinet.model.SearchHit;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** Version 3 → 4: notes arrive, and the clients and homework already there become searchable. */
class NotesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void migrate_versionThreeFileWithClientsAndHomework_keepsThemAndIndexesThem() throws Exception {
        Path file = dir.resolve("v3.db");
        Client olga;
        Homework given;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                for (int v = 1; v <= 3; v++) {
                    st.executeUpdate(Migrations.script(v));
                }
                st.executeUpdate("PRAGMA user_version = 3");
            }
            Transaction tx = new Transaction(c, TestClock.FIXED);
            olga = tx.clients().insert(ClientBuilders.olga().build());
            given = tx.homework().insert(new Homework(0, olga.id(), null, null, null, "Письмо отцу",
                    "Написать и не отправлять", LocalDate.of(2026, 11, 1), null, null, "", ""));
        }

        try (Database db = new DatabaseOpener(TestClock.FIXED).openOrCreate(file)) {
            Optional<Client> olgaAfter = db.read(tx -> tx.clients().find(olga.id()));
            Optional<Homework> givenAfter = db.read(tx -> tx.homework().find(given.id()));
            Map<String, Long> counts = db.read(tx -> tx.counts().all());
            assertThat(olgaAfter).contains(olga);
            assertThat(givenAfter).contains(given);
            List<SearchHit> clients = db.read(tx -> tx.search().clients("\"иванов\"*", 10));
            List<SearchHit> homework = db.read(tx -> tx.search().homework("\"отц\"*", 10)
                    .stream().map(SearchRepository.FoundHomework::hit).toList());
            assertThat(clients).extracting(SearchHit::id).containsExactly(olga.id());
            assertThat(homework).extracting(SearchHit::id).containsExactly(given.id());
            assertThat(counts).containsEntry("notes", 0L);
            assertThat(db.integrityProblems()).isEmpty();
        }
    }

    @Test
    void script_isAtVersionFour() throws SQLException {
        assertThat(Migrations.SCRIPTS.get(3)).isEqualTo("V004__notes_and_search.sql");
    }
}
