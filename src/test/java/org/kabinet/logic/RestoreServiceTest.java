package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.storage.Migrations;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** Restore: the backup checked and shown first, the current file kept aside, a bad backup changes nothing. */
class RestoreServiceTest {

    @TempDir
    Path dir;

    private Path practiceFile;
    private Path backup;
    private final RestoreService restore = new RestoreService(TestClock.FIXED);

    @BeforeEach
    void practiceWithABackup() throws Exception {
        practiceFile = dir.resolve("kabinet.db");
        try (Practice p = Practice.open(practiceFile, TestClock.FIXED)) {
            Client olga = p.clients().save(ClientBuilders.olga().build());
            p.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("о матери")));
            backup = p.backups().backUp(dir.resolve("backups"), (pages, of) -> { }).file();
            p.clients().save(ClientBuilders.minimal("Пётр").build());
        }
    }

    private static long clients(Path file) throws Exception {
        try (Practice p = Practice.openAsItIs(file, TestClock.FIXED)) {
            return p.clients().list().size();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private void assertRefused(Path badBackup, String key) throws Exception {
        String before = sha256(practiceFile);
        assertThatThrownBy(() -> restore.restore(badBackup, practiceFile))
                .isInstanceOfSatisfying(RuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(sha256(practiceFile)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.contains("before-restore") || n.contains("restore-part"));
        }
    }

    @Test
    void preview_showsDateAndCounts_andLeavesTheBackupAsItWas() throws Exception {
        String before = sha256(backup);

        BackupPreview preview = restore.preview(backup);

        assertThat(preview.madeAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0, 0));
        assertThat(preview.clients()).isEqualTo(1);
        assertThat(preview.notes()).isEqualTo(1);
        assertThat(preview.sessions()).isZero();
        assertThat(preview.schemaVersion()).isEqualTo(Migrations.LATEST);
        assertThat(sha256(backup)).isEqualTo(before);
    }

    @Test
    void restore_roundTrip_theLaterChangeIsGone_andTheSafetyCopyHoldsIt() throws Exception {
        assertThat(clients(practiceFile)).isEqualTo(2);

        RestoreService.Restored done = restore.restore(backup, practiceFile);

        assertThat(clients(practiceFile)).isEqualTo(1);
        Path copy = done.safetyCopy().orElseThrow();
        assertThat(copy).hasFileName("kabinet.db.before-restore-20261124-100000");
        assertThat(clients(copy)).isEqualTo(2);
        assertThat(done.backup().clients()).isEqualTo(1);
        if (Files.getFileStore(practiceFile).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(practiceFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        }
        // Restoring twice in the same second keeps both copies.
        assertThat(restore.restore(backup, practiceFile).safetyCopy().orElseThrow())
                .hasFileName("kabinet.db.before-restore-20261124-100000-2");
    }

    @Test
    void restore_bytesOverwrittenInTheMiddle_refusedAndPracticeUnchanged() throws Exception {
        Path damaged = Files.copy(backup, dir.resolve("damaged.db"));
        long size = Files.size(damaged);
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.seek(size / 2);
            byte[] junk = new byte[8192];
            Arrays.fill(junk, (byte) 0x5A);
            raf.write(junk);
        }
        assertRefused(damaged, "restore.damaged");
    }

    @Test
    void restore_truncatedBackup_refusedAndPracticeUnchanged() throws Exception {
        Path damaged = Files.copy(backup, dir.resolve("truncated.db"));
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        assertRefused(damaged, "restore.damaged");
    }

    @Test
    void restore_foreignSqliteFile_refused() throws Exception {
        Path foreign = dir.resolve("recipes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign);
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }
        assertRefused(foreign, "restore.notKabinet");
    }

    @Test
    void restore_notADatabaseAtAll_refused() throws Exception {
        assertRefused(Files.writeString(dir.resolve("notes.txt"), "x".repeat(4096)), "restore.notKabinet");
    }

    @Test
    void restore_backupFromANewerKabinet_refused() throws Exception {
        Path newer = Files.copy(backup, dir.resolve("newer.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        assertRefused(newer, "restore.tooNew");
    }

    @Test
    void restore_missingBackup_refused() throws Exception {
        assertRefused(dir.resolve("nothing.db"), "restore.missing");
    }

    @Test
    void restore_thePracticeFileItself_refused() throws Exception {
        assertRefused(practiceFile, "restore.sameFile");
    }

    @Test
    void restore_practiceOpenInKabinet_refusedAndNothingChanged() throws Exception {
        try (Practice open = Practice.open(practiceFile, TestClock.FIXED)) {
            assertThatThrownBy(() -> restore.restore(backup, practiceFile))
                    .isInstanceOfSatisfying(RuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("restore.practiceOpen"));
            assertThat(open.clients().list()).hasSize(2);
        }
        assertThat(clients(practiceFile)).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
        }
    }

    @Test
    void restore_overADamagedPracticeFile_keepsItByteForByte_andRestores() throws Exception {
        Files.writeString(practiceFile, "SQLite format 3\0" + "z".repeat(4000));
        String before = sha256(practiceFile);

        RestoreService.Restored done = restore.restore(backup, practiceFile);

        assertThat(sha256(done.safetyCopy().orElseThrow())).isEqualTo(before);
        assertThat(clients(practiceFile)).isEqualTo(1);
    }

    @Test
    void restore_noPracticeFileYet_restoresWithoutACopy() throws Exception {
        Path fresh = dir.resolve("new").resolve("kabinet.db");
        Files.createDirectories(fresh.getParent());

        RestoreService.Restored done = restore.restore(backup, fresh);

        assertThat(done.safetyCopy()).isEmpty();
        assertThat(clients(fresh)).isEqualTo(1);
    }

    @Test
    void restore_staleLogBesideThePracticeFile_removedSoItCannotBeReplayedIntoTheBackup() throws Exception {
        Path wal = dir.resolve("kabinet.db-wal");
        Path journal = dir.resolve("kabinet.db-journal");
        Files.writeString(wal, "stale");
        Files.writeString(journal, "stale");

        restore.restore(backup, practiceFile);

        assertThat(wal).doesNotExist();
        assertThat(journal).doesNotExist();
        assertThat(clients(practiceFile)).isEqualTo(1);
    }

    @Test
    void restore_aBackupOfTheDemo_refusedAndPracticeUnchanged() throws Exception {
        Path demo = dir.resolve("kabinet-demo.db");
        org.kabinet.logic.demo.DemoFile.write(demo, org.kabinet.logic.demo.DemoLanguage.RU, 3, 7, TestClock.FIXED);
        Path demoBackup;
        try (Practice p = Practice.openAsItIs(demo, TestClock.FIXED)) {
            demoBackup = p.backups().backUp(dir.resolve("demo-backups"), (pages, of) -> { }).file();
        }

        assertThat(restore.preview(demoBackup).demo()).isTrue();
        assertRefused(demoBackup, "restore.demoBackup");
    }
}
