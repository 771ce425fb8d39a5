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
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
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
    static Path dir;

    /** What was refused, and how a user meets it. */
    enum Refusal {
        DAMAGED_DATABASE, FOREIGN_FILE, TRUNCATED_BACKUP, WRONG_BACKUP_PASSPHRASE, WRONG_LOCK_PASSPHRASE,
        NEWER_VERSION, SECOND_INSTANCE
    }

    /** Each refusal met once in each language (a refused file is as it was, so it can be met again). */
    private static final Map<Refusal, Map<Language, String>> SHOWN = new EnumMap<>(Refusal.class);

    @BeforeAll
    static void meetEveryRefusal() throws Exception {
        for (Refusal refusal : Refusal.values()) {
            Path folder = Files.createTempDirectory(dir, refusal.name());
            SHOWN.put(refusal, refuse(refusal, folder));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void refusals_sideBySide_eachItsOwnClearMessageAndFilesUntouched(Language language) {
        Map<Refusal, String> shown = new LinkedHashMap<>();
        SHOWN.forEach((refusal, messages) -> shown.put(refusal, messages.get(language)));
        shown.forEach((refusal, message) -> {
            System.out.println("[faults] " + language + " " + refusal + ": " + message);
            assertThat(message).as(refusal + " in " + language).isNotBlank()
                    .doesNotContain("Exception", "\tat ", "org.kabinet", "java.", "SQLITE", "null");
            if (language == Language.RU) {
                assertThat(message).as(refusal + " in Russian").containsPattern("[а-яА-Я]{4}");
            }
        });
        assertThat(shown.values()).as("one message per refusal, in " + language).doesNotHaveDuplicates();
        FaultSummary.report("refusals in " + language + ": " + shown.size() + " kinds, " + shown.size()
                + " different messages, every file byte-identical afterwards");
    }

    /** Sets the case up in {@code folder} and meets the refusal in each language; the messages shown, without the folder. */
    private static Map<Language, String> refuse(Refusal refusal, Path folder) throws Exception {
        Map<Language, String> shown = new EnumMap<>(Language.class);
        Path practice = folder.resolve("kabinet.db");
        String[] command = setUp(refusal, folder, practice);
        Map<Path, String> before = fingerprints(folder);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String message = switch (refusal) {
                case DAMAGED_DATABASE -> refusedOpen(practice, OpenProblem.DAMAGED, messages, command);
                case FOREIGN_FILE -> refusedOpen(practice, OpenProblem.FOREIGN, messages, command);
                case NEWER_VERSION -> refusedOpen(practice, OpenProblem.TOO_NEW, messages, command);
                case SECOND_INSTANCE -> {
                    try (Practice first = Practice.open(practice, TestClock.FIXED)) {
                        Map<Path, String> open = fingerprints(folder);
                        String said = refusedOpen(practice, OpenProblem.LOCKED, messages, command);
                        assertThat(fingerprints(folder)).as("every file as it was").isEqualTo(open);
                        yield said;
                    }
                }
                case TRUNCATED_BACKUP -> {
                    assertThat(cliError(messages, "verify", "--db", command[2])).contains(messages.get("open.damaged"));
                    yield cliError(messages, command);
                }
                case WRONG_BACKUP_PASSPHRASE -> cliError(messages, command);
                case WRONG_LOCK_PASSPHRASE -> {
                    // The app lock: the lock screen says this when the service does not unlock.
                    try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                        assertThat(p.appLock().unlocks("не та фраза-пароль")).isFalse();
                        assertThat(p.clients().list()).hasSize(3);
                    }
                    yield messages.get("lock.wrong");
                }
            };
            if (refusal != Refusal.SECOND_INSTANCE) {
                assertThat(fingerprints(folder)).as(refusal + ": every file as it was").isEqualTo(before);
            }
            shown.put(language, message.replace(folder.toAbsolutePath().toString(), "…"));
        }
        return shown;
    }

    /** Makes the file(s) to be refused in {@code folder}; the command line a user would run on them. */
    private static String[] setUp(Refusal refusal, Path folder, Path practice) throws Exception {
        String[] verify = {"verify", "--db", practice.toString()};
        switch (refusal) {
            case DAMAGED_DATABASE -> {
                withClients(practice, 200);
                scribble(practice);
                return verify;
            }
            case FOREIGN_FILE -> {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + practice);
                        Statement st = c.createStatement()) {
                    st.executeUpdate("CREATE TABLE recipes (name TEXT)");
                    st.executeUpdate("INSERT INTO recipes VALUES ('борщ')");
                }
                return verify;
            }
            case NEWER_VERSION -> {
                withClients(practice, 3);
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + practice);
                        Statement st = c.createStatement()) {
                    st.executeUpdate("PRAGMA user_version = " + (Migrations.LATEST + 1));
                }
                return verify;
            }
            case SECOND_INSTANCE -> {
                withClients(practice, 3);
                return verify;
            }
            case TRUNCATED_BACKUP -> {
                withClients(practice, 200);
                Path file;
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    file = p.backups().backUp(folder.resolve("backups"), (pages, of) -> { }).file();
                }
                try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                    raf.setLength(raf.length() / 2);
                }
                return new String[] {"restore", "--from", file.toString(), "--db", practice.toString()};
            }
            case WRONG_BACKUP_PASSPHRASE -> {
                withClients(practice, 3);
                Path file;
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    file = p.backups().backUpEncrypted(folder.resolve("backups"), PASSPHRASE, (pages, of) -> { }).file();
                }
                Path wrong = folder.resolve("wrong.txt");
                Files.writeString(wrong, "не та фраза-пароль\n");
                return new String[] {"restore", "--from", file.toString(), "--passphrase-file", wrong.toString(),
                    "--db", practice.toString()};
            }
            default -> {
                withClients(practice, 3);
                try (Practice p = Practice.open(practice, TestClock.FIXED)) {
                    p.appLock().enable(PASSPHRASE, java.time.Duration.ofMinutes(15));
                }
                return new String[0];
            }
        }
    }

    /** The app's opener refuses {@code file} for {@code problem}; then the command a user runs says so. */
    private static String refusedOpen(Path file, OpenProblem problem, Messages messages, String... command)
            throws Exception {
        try {
            new DatabaseOpener(TestClock.FIXED).openOrCreate(file).close();
            throw new AssertionError("the app opened a file it should refuse: " + problem);
        } catch (DatabaseOpenException e) {
            assertThat(e.problem()).isEqualTo(problem);
        }
        String said = cliError(messages, command);
        assertThat(said).contains(messages.get(problem.messageKey()));
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
