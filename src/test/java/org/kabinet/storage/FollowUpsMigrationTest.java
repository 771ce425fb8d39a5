package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** Version 4 → 5: the contact log and follow-ups arrive; clients and notes stay as they were. */
class FollowUpsMigrationTest {

    @TempDir
    Path dir;

    @Test
    void migrate_versionFourFileWithAClientAndANote_keepsThemAndTakesFollowUps() throws Exception {
        Path file = dir.resolve("v4.db");
        Client olga;
        Note note;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement st = c.createStatement()) {
                for (int v = 1; v <= 4; v++) {
                    st.executeUpdate(Migrations.script(v));
                }
                st.executeUpdate("PRAGMA user_version = 4");
            }
            Transaction tx = new Transaction(c, TestClock.FIXED);
            olga = tx.clients().insert(ClientBuilders.olga().build());
            note = tx.notes().insert(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("о матери")));
        }

        try (Database db = new DatabaseOpener(TestClock.FIXED).openOrCreate(file)) {
            Optional<Client> olgaAfter = db.read(tx -> tx.clients().find(olga.id()));
            Optional<Note> noteAfter = db.read(tx -> tx.notes().find(note.id()));
            FollowUp planned = db.write(tx -> tx.followUps().insert(
                    FollowUp.planned(olga.id(), LocalDate.of(2026, 12, 1), null, "Спросить, как дела")));
            Map<String, Long> counts = db.read(tx -> tx.counts().all());
            FollowUpSettings settings = db.read(tx -> tx.meta().followUpSettings());
            assertThat(olgaAfter).contains(olga);
            assertThat(noteAfter).contains(note);
            assertThat(planned.id()).isPositive();
            assertThat(counts).containsEntry("contacts", 0L).containsEntry("followUps", 1L);
            assertThat(settings).isEqualTo(FollowUpSettings.DEFAULT);
            assertThat(db.integrityProblems()).isEmpty();
        }
    }
}
