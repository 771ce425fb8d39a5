package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.FileCheck;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.storage.Database;
import org.kabinet.storage.StorageException;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.UserErrors;

/**
 * A full disk during a save and during a backup: the message the app shows (in both languages),
 * no half-written backup left in the folder, the practice file sound with all it held, and usable
 * once there is space again. The quick tests need no root (SQLite's page limit makes the save fail
 * with SQLITE_FULL); the backup and the long run use a real tmpfs, skipped with the reason when it
 * cannot be mounted.
 */
class FullDiskTest {

    private static final String LONG_TEXT = " Записи о сессии: о тревоге, о маме, о теле.".repeat(120);

    @TempDir
    Path dir;

    @Test
    void save_whenTheFileCannotGrow_saysDiskFullAndKeepsWhatWasSaved() throws Exception {
        Path file = dir.resolve("k.db");
        int saved = 0;
        StorageException full;
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            // The same SQLITE_FULL a full disk gives, through the app's own connection and error path.
            try (Statement st = connectionOf(p).createStatement()) {
                st.execute("PRAGMA max_page_count = " + (pageCount(p) + 40));
            }
            full = null;
            while (full == null) {
                try {
                    p.clients().save(client(saved));
                    saved++;
                } catch (StorageException e) {
                    full = e;
                }
            }
        }
        assertThat(saved).isPositive();
        assertDiskFullMessage(full);
        assertSoundAndUsable(file, saved);
    }

    @Test
    void backup_ontoAFullFilesystem_saysSoAndLeavesNoHalfBackup() throws Exception {
        Path file = dir.resolve("k.db");
        int clients = fillPractice(file, 10);
        StringBuilder why = new StringBuilder();
        Optional<Tmpfs> mounted = Boolean.getBoolean("kabinet.faults.userNamespace") ? Optional.empty()
                : Tmpfs.mount(dir.resolve("stick"), 512, why);
        if (mounted.isEmpty()) {
            backUpInAUserNamespace(file, clients, why);
            return;
        }
        try (Tmpfs stick = mounted.get()) {
            assertBackupRefused(file, clients, stick, false);
            assertBackupRefused(file, clients, stick, true);
        }
    }

    /**
     * Without root: a child JVM in a user and mount namespace of its own ({@code unshare -rm}), where
     * it may mount the tmpfs, backs up onto it and says what happened. Skipped, with the reason,
     * where user namespaces are not allowed either.
     */
    private void backUpInAUserNamespace(Path file, int clients, StringBuilder why) throws Exception {
        Path stick = Files.createDirectories(dir.resolve("stick-ns"));
        List<String> command = new java.util.ArrayList<>(List.of("unshare", "-rm", "sh", "-c",
                "mount -t tmpfs -o size=512k tmpfs \"$0\" && exec \"$@\"", stick.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                FaultChild.class.getName(), "backup", file.toString(), stick.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> said = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
        int rc = child.waitFor();
        boolean noNamespace = rc != 0 && said.stream().anyMatch(l -> l.startsWith("unshare:") || l.startsWith("mount:"));
        Assumptions.assumeFalse(noNamespace, () -> why + "; and no tmpfs in a user namespace either: " + said);
        assertThat(rc).as(String.join("\n", said)).isZero();
        System.out.println("[faults] backup onto a full tmpfs in a user namespace: "
                + said.stream().filter(l -> l.startsWith("refused") || l.startsWith("made")).toList());
        for (Language language : Language.values()) {
            assertThat(said).contains("shown " + language + " " + Messages.of(language).get("storage.backupFailed"));
        }
        assertThat(said).containsSubsequence("refused storage.backupFailed", "left 0", "refused storage.backupFailed",
                "left 0", "lastGood false");
        assertPracticeWhole(file, clients);
    }

    @Test
    @Tag("fault-long")
    void save_onAFullTmpfs_manyFillLevels_nothingLost() throws Exception {
        StringBuilder why = new StringBuilder();
        long seed = FaultSummary.seed("full disk during a save");
        Random random = new Random(seed);
        int trials = FaultSummary.longTrials(100) / 4;
        int failedAsDiskFull = 0;
        for (int t = 0; t < trials; t++) {
            Optional<Tmpfs> mounted = Tmpfs.mount(dir.resolve("disk-" + t), 1024, why);
            Assumptions.assumeTrue(mounted.isPresent(), why::toString);
            try (Tmpfs disk = mounted.get()) {
                Path file = disk.dir().resolve("k.db");
                Practice.open(file, TestClock.FIXED).close();
                disk.fillLeaving(64 * 1024 + random.nextInt(256 * 1024));
                int saved = 0;
                StorageException full = null;
                try (Practice p = Practice.open(file, TestClock.FIXED)) {
                    long client = p.clients().save(client(-1)).id();
                    saved++;
                    while (full == null) {
                        try {
                            if (random.nextBoolean()) {
                                p.clients().save(client(saved));
                            } else {
                                p.notes().save(Note.draft(client, null, TestClock.TODAY)
                                        .withText(NoteText.free("note" + LONG_TEXT)));
                            }
                            saved++;
                        } catch (StorageException e) {
                            full = e;
                        }
                    }
                }
                assertDiskFullMessage(full);
                failedAsDiskFull++;
                disk.free();
                try (Practice p = Practice.open(file, TestClock.FIXED)) {
                    long records = p.clients().list().size() + p.clients().list().stream()
                            .mapToLong(c -> p.notes().forClient(c.id()).size()).sum();
                    assertThat(records).as("every save reported done is there").isEqualTo(saved);
                    p.clients().save(client(10_000));
                }
                assertThat(FileCheck.of(file, TestClock.FIXED).sound()).isTrue();
            }
        }
        FaultSummary.report("full disk during a save (tmpfs of 1 MB, random fill): " + trials + " trials, "
                + failedAsDiskFull + " told 'the disk is full', 0 lost, 0 integrity failures");
    }

    @Test
    @Tag("fault-long")
    void backup_ontoAFullTmpfs_manyFillLevels_noHalfBackupLeft() throws Exception {
        Path file = dir.resolve("k.db");
        int clients = fillPractice(file, 30);
        long size = Files.size(file);
        StringBuilder why = new StringBuilder();
        long seed = FaultSummary.seed("full disk during a backup");
        Random random = new Random(seed);
        int trials = FaultSummary.longTrials(100) / 2;
        int refused = 0;
        int made = 0;
        Optional<Tmpfs> mounted = Tmpfs.mount(dir.resolve("stick"), (int) (size / 1024) * 3, why);
        Assumptions.assumeTrue(mounted.isPresent(), why::toString);
        try (Tmpfs stick = mounted.get()) {
            for (int t = 0; t < trials; t++) {
                // From far too little room to just enough: the copy, its check or the sealing fails part way.
                stick.fillLeaving(random.nextLong(size + size / 4));
                boolean encrypted = t % 2 == 1;
                if (assertBackupRefusedOrWhole(file, clients, stick, encrypted)) {
                    refused++;
                } else {
                    made++;
                }
                stick.free();
                try (Stream<Path> left = Files.list(stick.dir())) {
                    left.forEach(f -> f.toFile().delete());
                }
            }
        }
        FaultSummary.report("full disk during a backup (tmpfs, random fill, plain and encrypted): " + trials
                + " trials, " + refused + " refused with 'could not be written', " + made
                + " fitted and were whole; 0 half-written backups left, 0 integrity failures");
    }

    /** Backs up onto the nearly full stick: refused cleanly (true), or a whole, checked backup (false). */
    private static boolean assertBackupRefusedOrWhole(Path file, int clients, Tmpfs stick, boolean encrypted)
            throws Exception {
        StorageException e;
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            e = catchThrowableOfType(StorageException.class, () -> backUp(p, stick.dir(), encrypted));
        }
        List<Path> left;
        try (Stream<Path> files = Files.list(stick.dir())) {
            left = files.filter(f -> !f.getFileName().toString().equals("filler.bin")).toList();
        }
        assertPracticeWhole(file, clients);
        if (e == null) {
            assertThat(left).hasSize(1);
            assertThat(left.get(0).toString()).doesNotEndWith(".part");
            return false;
        }
        assertThat(e.messageKey()).isEqualTo("storage.backupFailed");
        assertThat(left).as("nothing half-written left as a backup").isEmpty();
        return true;
    }

    private static void assertBackupRefused(Path file, int clients, Tmpfs stick, boolean encrypted) throws Exception {
        StorageException e;
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            Optional<java.time.Instant> lastGood = p.backups().lastGood();
            e = catchThrowableOfType(StorageException.class, () -> backUp(p, stick.dir(), encrypted));
            assertThat(p.backups().lastGood()).as("no backup is counted as made").isEqualTo(lastGood);
        }
        assertThat(e).isNotNull();
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertThat(UserErrors.describe(e, messages)).isEqualTo(messages.get("storage.backupFailed"));
        }
        try (Stream<Path> left = Files.list(stick.dir())) {
            assertThat(left).as("nothing half-written left as a backup").isEmpty();
        }
        assertPracticeWhole(file, clients);
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            assertThat(backUp(p, Files.createTempDirectory(file.getParent(), "roomy"), encrypted)).isNotNull();
        }
    }

    private static Object backUp(Practice p, Path folder, boolean encrypted) {
        return encrypted ? p.backups().backUpEncrypted(folder, "долгая фраза-пароль", (pages, of) -> { })
                : p.backups().backUp(folder, (pages, of) -> { });
    }

    private static void assertDiskFullMessage(StorageException e) {
        assertThat(e.messageKey()).isEqualTo("storage.diskFull");
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            String shown = UserErrors.describe(e, messages);
            assertThat(shown).isEqualTo(messages.get("storage.diskFull")).isNotBlank().doesNotContain("SQLITE");
        }
    }

    private static void assertSoundAndUsable(Path file, int saved) throws Exception {
        assertThat(FileCheck.of(file, TestClock.FIXED).sound()).isTrue();
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            assertThat(p.clients().list()).as("every save reported done is there").hasSize(saved);
            p.clients().save(client(saved));
            assertThat(p.clients().list()).hasSize(saved + 1);
        }
    }

    private static void assertPracticeWhole(Path file, int clients) throws Exception {
        FileCheck check = FileCheck.of(file, TestClock.FIXED);
        assertThat(check.sound()).isTrue();
        assertThat(check.counts().get("clients")).isEqualTo(clients);
    }

    /** A practice of {@code clients} clients with a long note each (about 110 KB): a file of some size in few saves. */
    private static int fillPractice(Path file, int clients) throws Exception {
        try (Practice p = Practice.open(file, TestClock.FIXED)) {
            for (int i = 0; i < clients; i++) {
                long id = p.clients().save(client(i)).id();
                p.notes().save(Note.draft(id, null, TestClock.TODAY).withText(NoteText.free("note" + LONG_TEXT.repeat(10))));
            }
        }
        return clients;
    }

    private static org.kabinet.model.Client client(int i) {
        return new ClientBuilder().name("Дискова", "Клиентка" + i, "").request("запрос" + LONG_TEXT).build();
    }

    private static long pageCount(Practice p) throws Exception {
        try (Statement st = connectionOf(p).createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The practice's own connection: the page limit must be set on it to reach the app's error path. */
    private static Connection connectionOf(Practice p) throws ReflectiveOperationException {
        Field db = Practice.class.getDeclaredField("db");
        db.setAccessible(true);
        Field connection = Database.class.getDeclaredField("connection");
        connection.setAccessible(true);
        return (Connection) connection.get(db.get(p));
    }
}
