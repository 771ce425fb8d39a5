package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kabinet.cli.Cli;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.Migrations;
import org.kabinet.storage.OpenProblem;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * The refusals side by side, each through the path a user takes (the app's opener, the app lock,
 * the {@code verify} and {@code restore} commands): each says its own clear thing in both languages,
 * no exception names or stack traces, and every file involved is left byte for byte as it was.
 * The single cases are tested in depth in DatabaseOpenerTest, RestoreServiceTest,
 * EncryptedBackupTest, RestoreCommandTest and AppLockServiceTest.
 */
class RefusalsTest {

    private static final String PASSPHRASE = "долгая фраза-пароль";

    @TempDir
    Path dir;

    /** What was refused, and how a user meets it. */
    enum Refusal {
        DAMAGED_DATABASE, FOREIGN_FILE, TRUNCATED_BACKUP, WRONG_BACKUP_PASSPHRASE, WRONG_LOCK_PASSPHRASE,
        NEWER_VERSION, SECOND_INSTANCE
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void refusals_sideBySide_eachItsOwnClearMessageAndFilesUntouched(Language language) throws Exception {
        Map<Refusal, String> shown = new LinkedHashMap<>();
        for (Refusal refusal : Refusal.values()) {
            Path folder = Files.createTempDirectory(dir, refusal + "-" + language);
            String message = refuse(refusal, folder, language);
            assertThat(message).as(refusal + " in " + language).isNotBlank()
                    .doesNotContain("Exception", "\tat ", "org.kabinet", "java.", "SQLITE", "null");
            if (language == Language.RU) {
                assertThat(message).as(refusal + " in Russian").containsPattern("[а-яА-Я]{4}");
            }
            // The same refusal names its own file; compared without it.
            shown.put(refusal, message.replace(folder.toAbsolutePath().toString(), "…"));
        }
        shown.forEach((refusal, message) -> System.out.println("[faults] " + language + " " + refusal + ": " + message));
        assertThat(shown.values()).as("one message per refusal, in " + language).doesNotHaveDuplicates();
        FaultSummary.report("refusals in " + language + ": " + shown.size() + " kinds, " + shown.size()
                + " different messages, every file byte-identical afterwards");
    }

    /** Sets the case up in {@code folder}, meets the refusal as a user would; the message shown. Checks files are untouched. */
    private String refuse(Refusal refusal, Path folder, Language language) throws Exception {
        Messages messages = Messages.of(language);
        Path practice = folder.resolve("kabinet.db");
        switch (refusal) {
            case DAMAGED_DATABASE -> {
                withClients(practice, 200);
                scribble(practice);
                return refusedOpen(practice, OpenProblem.DAMAGED, messages, "verify", "--db", practice.toString());
            }
            case FOREIGN_FILE -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + practice);
                        Statement st = c.createStatement()) {
                    st.executeUpdate("CREATE TABLE recipes (name TEXT)");
                    st.executeUpdate("INSERT INTO recipes VALUES ('борщ')");
                }
                return refusedOpen(practice, OpenProblem.FOREIGN, messages, "verify", "--db", practice.toString());
            }
            case NEWER_VERSION -> {
                withClients(practice, 3);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + practice);
                        Statement st = c.createStatement()) {
                    st.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
                }
                return refusedOpen(practice, OpenProblem.TOO_NEW, messages, "verify", "--db", practice.toString());
            }
            case SECOND_INSTANCE -> {
                withClients(practice, 3);
                try (Practice first = Practice.open(practice, TestClock.FIXED)) {
                    return refusedOpen(practice, OpenProblem.LOCKED, messages, "verify", "--db", practice.toString());
                }
            }
            case TRUNCATED_BACKUP -> {
                Path backup = withClients(practice, 200).resolveSibling("backups");
                Path file;
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    file = p.backups().backUp(backup, (pages, of) -> { }).file();
                }
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
                Map<Path, String> before = fingerprints(folder);
                String verify = cliError(messages, "verify", "--db", file.toString());
                assertThat(verify).contains(messages.get("open.damaged"));
                String restore = cliError(messages, "restore", "--from", file.toString(), "--db", practice.toString());
                assertThat(fingerprints(folder)).as("every file as it was").isEqualTo(before);
                return restore;
            }
            case WRONG_BACKUP_PASSPHRASE -> {
                withClients(practice, 3);
                Path file;
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    file = p.backups().backUpEncrypted(folder.resolve("backups"), PASSPHRASE, (pages, of) -> { }).file();
                }
                Path wrong = folder.resolve("wrong.txt");
                Files.writeString(wrong, "не та фраза-пароль\n");
                Map<Path, String> before = fingerprints(folder);
                String restore = cliError(messages, "restore", "--from", file.toString(), "--passphrase-file",
                        wrong.toString(), "--db", practice.toString());
                assertThat(fingerprints(folder)).as("every file as it was").isEqualTo(before);
                return restore;
            }
            default -> {
                // The app lock: the lock screen says this when the service does not unlock.
                withClients(practice, 3);
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    p.appLock().enable(PASSPHRASE, java.time.Duration.ofMinutes(15));
                }
                Map<Path, String> before = fingerprints(folder);
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    assertThat(p.appLock().unlocks("не та фраза-пароль")).isFalse();
                    assertThat(p.clients().list()).hasSize(3);
                }
                assertThat(fingerprints(folder)).as("every file as it was").isEqualTo(before);
                return messages.get("lock.wrong");
            }
        }
    }

    /** The app's opener refuses {@code file} for {@code problem}; then the command a user runs says so. */
    private String refusedOpen(Path file, OpenProblem problem, Messages messages, String... command) throws Exception {
        Map<Path, String> before = fingerprints(file.getParent());
        try {
            new DatabaseOpener(TestClock.FIXED).openOrCreate(file).close();
            throw new AssertionError("the app opened a file it should refuse: " + problem);
        } catch (DatabaseOpenException e) {
            assertThat(e.problem()).isEqualTo(problem);
        }
        String said = cliError(messages, command);
        assertThat(said).contains(messages.get(problem.messageKey()));
        assertThat(fingerprints(file.getParent())).as("every file as it was").isEqualTo(before);
        return said;
    }

    /** Runs a command as {@code java -jar kabinet.jar …} would; what it printed on standard error. */
    private static String cliError(Messages messages, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = new Cli(messages, TestClock.FIXED, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        assertThat(rc).as("exit code of " + List.of(args)).isEqualTo(1);
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    private static Path withClients(Path file, int n) throws Exception {
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            for (int i = 0; i < n; i++) {
                p.clients().save(ClientBuilders.olga().build());
            }
        }
        return file;
    }

    /** Scribbles over the middle of the file, where table and index pages live. */
    private static void scribble(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 8192; i < 12288 && i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
    }

    /** Every file under {@code folder} and its SHA-256: what "left byte for byte as it was" compares. */
    private static Map<Path, String> fingerprints(Path folder) throws Exception {
        Map<Path, String> sums = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
            sums.put(folder.relativize(f), HexFormat.of().formatHex(digest));
        }
        return sums;
    }
}
