package org.kabinet.faults.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.RestoreService;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.Database;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.testutil.TestDatabases;

/**
 * Files that are no backup, chosen to restore from: each refused with its own message in both
 * languages before anything is touched; the practice file keeps every byte, and opens sound.
 */
@ExtendWith(BadInputTally.class)
class RestoreInputTest {

    @TempDir
    Path dir;

    private Path practice;
    private byte[] practiceBytes;
    private Fingerprint before;

    @BeforeEach
    void makePractice() throws Exception {
        try (Database db = TestDatabases.fresh(dir)) {
            new ClientService(db, TestClock.FIXED).save(ClientBuilders.olga().build());
            practice = db.file();
            before = Fingerprint.of(db);
        }
        practiceBytes = Files.readAllBytes(practice);
    }

    static Stream<Arguments> notBackups() {
        byte[] garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        byte[] sqliteHeaderOnly = Arrays.copyOf("SQLite format 3\u0000".getBytes(StandardCharsets.US_ASCII), 4096);
        Arrays.fill(sqliteHeaderOnly, 16, 4096, (byte) 0x5A);
        return Stream.of(
                Arguments.of("empty backup file (0 bytes)", new byte[0], "restore.notKabinet"),
                Arguments.of("binary garbage as a backup", garbage, "restore.notKabinet"),
                Arguments.of("a text file as a backup", text("Это не резервная копия\n"), "restore.notKabinet"),
                Arguments.of("a JSON export as a backup", text("{\"format\": \"kabinet-export\", \"tables\": {}}"),
                        "restore.notKabinet"),
                Arguments.of("a client CSV as a backup", text("Фамилия;Имя\nПетрова;Анна\n"), "restore.notKabinet"),
                Arguments.of("an SQLite header over garbage", sqliteHeaderOnly, "restore.notKabinet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notBackups")
    void restore_fileThatIsNoBackup_refusedWithItsMessage_andThePracticeKeepsEveryByte(String kind, byte[] content,
            String key) throws Exception {
        Path backup = Files.write(dir.resolve("kabinet-backup.db"), content);

        assertThatThrownBy(() -> new RestoreService(TestClock.FIXED).restore(backup, practice))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.messageKey()).isIn(key, "restore.damaged");
                    ClearMessage.assertClear(e.messageKey(), e.args());
                });
        assertUnchanged();
        BadInputTally.record("restore: " + kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missing")
    void restore_noFileThere_refused_andThePracticeKeepsEveryByte(String kind, String name) throws Exception {
        Path backup = name.endsWith("/") ? Files.createDirectory(dir.resolve(name)) : dir.resolve(name);

        assertThatThrownBy(() -> new RestoreService(TestClock.FIXED).restore(backup, practice))
                .isInstanceOfSatisfying(RuleException.class, e -> ClearMessage.assertClear(e.messageKey(), e.args()));
        assertUnchanged();
        BadInputTally.record("restore: " + kind);
    }

    static Stream<Arguments> missing() {
        return Stream.of(Arguments.of("a backup that is not there", "gone.db"),
                Arguments.of("a folder as a backup", "folder/"),
                Arguments.of("a path climbing out of the folder", "../../etc/passwd"));
    }

    private void assertUnchanged() throws Exception {
        assertThat(Files.readAllBytes(practice)).isEqualTo(practiceBytes);
        try (Database db = TestDatabases.fresh(dir)) {
            Fingerprint.assertUnchanged(db, before);
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
