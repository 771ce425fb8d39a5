package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.storage.BackupFiles;
import org.kabinet.storage.StorageException;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** Backups: consistent while the file is being written to, checked, named, never half-written. */
class BackupServiceTest {

    @TempDir
    Path dir;

    private Practice practice;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(dir.resolve("kabinet.db"), TestClock.FIXED);
    }

    @AfterEach
    void close() {
        practice.close();
    }

    private static long count(Path file, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getLong(1);
        }
    }

    @Test
    void backUp_namedWithTheTime_checked_standaloneAndOwnerOnly() throws Exception {
        Client olga = practice.clients().save(ClientBuilders.olga().build());
        practice.notes().save(Note.draft(olga.id(), null, TestClock.TODAY).withText(NoteText.free("о матери")));

        BackupFiles.Written written = practice.backups().backUp(dir.resolve("backups"), (pages, of) -> { });

        String id = practice.backups().practiceId();
        assertThat(written.file().getFileName().toString()).isEqualTo("kabinet-2026-11-24-100000-" + id + ".db");
        assertThat(written.counts()).containsEntry("clients", 1L).containsEntry("notes", 1L);
        assertThat(count(written.file(), "note")).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kabinet-2026-11-24-100000-" + id + ".db");
        }
        if (Files.getFileStore(written.file()).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(written.file()))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void backUp_whileAnotherThreadKeepsSaving_theCopyIsACommittedStateAndSound() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger saved = new AtomicInteger();
        Thread writer = new Thread(() -> {
            int i = 0;
            while (writing.get()) {
                practice.clients().save(ClientBuilders.minimal("Клиент" + i++).build());
                saved.incrementAndGet();
            }
        });
        writer.start();
        while (saved.get() < 20) {
            Thread.onSpinWait();
        }
        List<BackupFiles.Written> backups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int before = saved.get();
            BackupFiles.Written w = practice.backups().backUp(dir.resolve("b" + i), (pages, of) -> { });
            int after = saved.get();
            long inCopy = count(w.file(), "client");
            // Every client is saved whole (card and status history) in one transaction.
            assertThat(inCopy).isBetween((long) before, (long) after + 1);
            assertThat(count(w.file(), "client_status_change")).isEqualTo(inCopy);
            backups.add(w);
        }
        writing.set(false);
        writer.join();

        for (BackupFiles.Written w : backups) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + w.file());
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            assertThat(Path.of(w.file() + "-wal")).doesNotExist();
        }
    }

    @Test
    void backUp_folderCannotBeMade_refusedAndNothingLeft() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> practice.backups().backUp(blocker.resolve("backups"), (pages, of) -> { }))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("storage.backupFailed"));
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }

    @Test
    void backUpAutomatically_besideThePracticeFile_recordsTheLastGoodOne() throws Exception {
        assertThat(practice.backups().lastGood()).isEmpty();
        assertThat(practice.backups().dueDaily()).isTrue();
        assertThat(practice.backups().overdue()).isTrue();

        BackupFiles.Written w = practice.backups().backUpAutomatically().orElseThrow();

        assertThat(w.file().getParent()).isEqualTo(dir.resolve(BackupService.DEFAULT_FOLDER).toAbsolutePath());
        assertThat(practice.backups().lastGood()).contains(TestClock.FIXED.instant());
        assertThat(practice.backups().dueDaily()).isFalse();
        assertThat(practice.backups().overdue()).isFalse();
    }

    @Test
    void backUpAutomatically_intoAFolderThatCannotBe_emptyNotThrown() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        practice.backups().chooseFolder(blocker.resolve("inside"));

        assertThat(practice.backups().backUpAutomatically()).isEmpty();
        assertThat(practice.backups().lastGood()).isEmpty();
    }
}
