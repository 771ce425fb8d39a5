package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.kabinet.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

class DatabaseOpenerTest {

    @TempDir
    Path dir;

    private final DatabaseOpener opener = new DatabaseOpener(TestClock.FIXED);

    @Test
    void openOrCreate_missingFileInMissingFolder_createsOwnerOnlyFileAtLatestSchema() throws Exception {
        Path file = dir.resolve("new/folder/kabinet.db");
        try (Database db = opener.openOrCreate(file)) {
            long clients = db.read(tx -> tx.counts().clients());
            assertThat(clients).isZero();
        }
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(file.getParent())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA user_version")).isEqualTo(Migrations.LATEST);
            assertThat(DatabaseOpener.queryInt(c, "PRAGMA application_id")).isEqualTo(Migrations.APPLICATION_ID);
            assertThat(DatabaseOpener.queryString(c, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void openOrCreate_reopened_keepsWhatWasSaved() throws Exception {
        Path file = dir.resolve("k.db");
        try (Database db = opener.openOrCreate(file)) {
            db.write(tx -> tx.clients().insert(ClientBuilders.olga().build()));
        }
        try (Database db = opener.openOrCreate(file)) {
            long clients = db.read(tx -> tx.counts().clients());
            assertThat(clients).isEqualTo(1);
        }
    }

    @Test
    void openOrCreate_textFile_refusedAsNotSqliteAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Это не база данных, а список покупок.\n".repeat(100));
        assertRefusedUntouched(file, OpenProblem.NOT_SQLITE);
    }

    @Test
    void openOrCreate_damagedDatabase_refusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("damaged.db");
        try (Database db = opener.openOrCreate(file)) {
            db.write(tx -> {
                for (int i = 0; i < 200; i++) {
                    tx.clients().insert(ClientBuilders.olga().build());
                }
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        // Scribble over the middle of the file, where table and index pages live.
        for (int i = 8192; i < 12288 && i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        assertRefusedUntouched(file, OpenProblem.DAMAGED);
    }

    @Test
    void openOrCreate_truncatedHeader_refusedAsNotSqlite() throws Exception {
        Path file = dir.resolve("short.db");
        Files.write(file, "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
        assertRefusedUntouched(file, OpenProblem.NOT_SQLITE);
    }

    @Test
    void openOrCreate_foreignDatabase_refusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE recipes (name TEXT)");
            st.executeUpdate("INSERT INTO recipes VALUES ('борщ')");
        }
        assertRefusedUntouched(file, OpenProblem.FOREIGN);
    }

    @Test
    void openOrCreate_fileFromNewerKabinet_refusedAndLeftByteIdentical() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Database db = opener.openOrCreate(file)) {
            assertThat(db.file()).isEqualTo(file);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
        }
        assertRefusedUntouched(file, OpenProblem.TOO_NEW);
    }

    @Test
    void openOrCreate_fileAlreadyOpen_refusedAsLockedAndFirstStaysUsable() throws Exception {
        Path file = dir.resolve("k.db");
        try (Database first = opener.openOrCreate(file)) {
            first.write(tx -> tx.clients().insert(ClientBuilders.olga().build()));
            assertThatThrownBy(() -> opener.openOrCreate(file))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.problem()).isEqualTo(OpenProblem.LOCKED));
            first.write(tx -> tx.clients().insert(ClientBuilders.minimal("Анна").build()));
            long clients = first.read(tx -> tx.counts().clients());
            assertThat(clients).isEqualTo(2);
        }
    }

    @Test
    void openOrCreate_emptyFile_becomesKabinetDatabase() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Database db = opener.openOrCreate(file)) {
            List<Source> sources = db.read(tx -> tx.sources().all());
            assertThat(sources).hasSize(7);
        }
    }

    @Test
    void openExisting_missingFile_refusedWithoutCreatingIt() {
        Path file = dir.resolve("nothing.db");
        assertThatThrownBy(() -> opener.openExisting(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(OpenProblem.MISSING));
        assertThat(file).doesNotExist();
    }

    private void assertRefusedUntouched(Path file, OpenProblem expected) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Set<Path> siblingsBefore = Set.copyOf(Files.list(dir).toList());
        assertThatThrownBy(() -> opener.openOrCreate(file))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.problem()).isEqualTo(expected));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Set.copyOf(Files.list(dir).toList())).isEqualTo(siblingsBefore);
    }
}
