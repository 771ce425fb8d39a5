package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** The window's restore at its lowest level: the open practice closed, restored over, opened again. */
class PracticeRestoreTest {

    @TempDir
    Path dir;

    private Path backup;

    private Practice openWithABackupAndALaterClient(Path file) throws Exception {
        Practice p = Practice.open(file, TestClock.FIXED);
        p.clients().save(ClientBuilders.olga().build());
        backup = p.backups().backUp(dir.resolve("backups"), (pages, of) -> { }).file();
        p.clients().save(ClientBuilders.minimal("Пётр").build());
        return p;
    }

    @Test
    void closeRestoreReopen_goodBackup_reopenedRestored_andTheFileAsItWasKept() throws Exception {
        Path file = dir.resolve("kabinet.db");
        Practice open = openWithABackupAndALaterClient(file);

        PracticeRestore.Outcome outcome = PracticeRestore.closeRestoreReopen(open, backup, Optional.empty(),
                TestClock.FIXED);

        try (Practice reopened = outcome.practice()) {
            assertThat(outcome.failure()).isEmpty();
            assertThat(reopened.file()).isEqualTo(file);
            assertThat(reopened.clients().list()).hasSize(1);
            // The restored backup carries the practice's id: its next backups rotate with the earlier ones.
            assertThat(backup.getFileName().toString()).endsWith("-" + reopened.backups().practiceId() + ".db");
            // The file now holds exactly a checked backup: no backup is due at once (which would
            // let rotation drop the backup just restored from).
            assertThat(reopened.backups().lastGood()).contains(TestClock.FIXED.instant());
            assertThat(reopened.backups().dueDaily()).isFalse();
            Path copy = outcome.restored().orElseThrow().safetyCopy().orElseThrow();
            try (Practice kept = Practice.openAsItIs(copy, TestClock.FIXED)) {
                assertThat(kept.clients().list()).hasSize(2);
            }
        }
    }

    @Test
    void closeRestoreReopen_damagedBackup_reopenedAsItWas_withTheRefusal() throws Exception {
        Path file = dir.resolve("kabinet.db");
        Practice open = openWithABackupAndALaterClient(file);
        Path damaged = Files.writeString(dir.resolve("kabinet-2026-11-23-100000.db"), "not a database");

        PracticeRestore.Outcome outcome = PracticeRestore.closeRestoreReopen(open, damaged, Optional.empty(),
                TestClock.FIXED);

        try (Practice reopened = outcome.practice()) {
            assertThat(outcome.restored()).isEmpty();
            assertThat(outcome.failure().orElseThrow()).isInstanceOfSatisfying(RuleException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("restore.notKabinet"));
            assertThat(reopened.clients().list()).hasSize(2);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void closeRestoreReopen_keepsThisComputersProtectionSettings_notTheBackups() throws Exception {
        Path file = dir.resolve("kabinet.db");
        Practice open = openWithABackupAndALaterClient(file);
        // Set after the backup was made: the backup knows nothing of them.
        open.backups().setPassphrase(Optional.of("ночь тиха, пуста дорога"));
        open.backups().chooseFolder(dir.resolve("stick"));

        PracticeRestore.Outcome outcome = PracticeRestore.closeRestoreReopen(open, backup, Optional.empty(),
                TestClock.FIXED);

        try (Practice reopened = outcome.practice()) {
            assertThat(reopened.clients().list()).hasSize(1);
            assertThat(reopened.backups().encrypted()).isTrue();
            assertThat(reopened.backups().folder()).isEqualTo(dir.resolve("stick").toAbsolutePath());
        }
    }
}
