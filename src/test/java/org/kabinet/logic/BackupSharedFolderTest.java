package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.MovableClock;

/**
 * Several practices backing up into one folder day after day: each rotates only its own backups,
 * told apart by the practice's id in their names, and backups named before names carried an id stay.
 */
class BackupSharedFolderTest {

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();
    private final List<Practice> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Practice::close);
    }

    private Practice practice(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Practice p = Practice.open(file, clock);
        open.add(p);
        p.clients().save(ClientBuilders.olga().build());
        return p;
    }

    /** Each practice backs up into {@code folder} once a day for {@code days} days, the clock moving on. */
    private void backUpDaily(Path folder, int days, Practice... practices) {
        for (int day = 0; day < days; day++) {
            for (Practice p : practices) {
                p.backups().backUp(folder, (pages, of) -> { });
            }
            clock.advance(Duration.ofDays(1));
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> ofPractice(List<String> names, String prefix, String id) {
        return names.stream().filter(n -> n.matches(prefix + "-\\d{4}-\\d{2}-\\d{2}-\\d{6}-" + id + "\\.db")).toList();
    }

    @Test
    void backUp_twoPracticesOfTheSameNameBesideEachOther_keepEachOthersBackups() throws Exception {
        // "практика.db" and "практика.sqlite" are both named "практика" in the backups.
        Practice db = practice(dir.resolve("практика.db"));
        Practice sqlite = practice(dir.resolve("практика.sqlite"));
        Path stick = dir.resolve("stick");

        // 24 November to 7 December: the last ten days hold November's newest too.
        backUpDaily(stick, 14, db, sqlite);

        List<String> names = names(stick);
        String dbId = db.backups().practiceId();
        String sqliteId = sqlite.backups().practiceId();
        assertThat(dbId).isNotEqualTo(sqliteId);
        assertThat(ofPractice(names, "практика", dbId)).hasSize(BackupRotation.DAILY)
                .contains("практика-2026-12-07-100000-" + dbId + ".db");
        assertThat(ofPractice(names, "практика", sqliteId)).hasSize(BackupRotation.DAILY);
        assertThat(names).hasSize(2 * BackupRotation.DAILY);
    }

    @Test
    void backUp_twoKabinetDbInDifferentFoldersOntoOneStick_keepEachOthersBackups() throws Exception {
        Practice home = practice(dir.resolve("home/kabinet.db"));
        Practice office = practice(dir.resolve("office/kabinet.db"));
        Path stick = dir.resolve("stick");

        // Until 3 January: the last ten days (31 December among them), and November's newest.
        backUpDaily(stick, 41, home, office);

        List<String> names = names(stick);
        List<String> ofHome = ofPractice(names, "kabinet", home.backups().practiceId());
        List<String> ofOffice = ofPractice(names, "kabinet", office.backups().practiceId());
        assertThat(ofHome).hasSize(BackupRotation.DAILY + 1).contains(
                "kabinet-2026-11-30-100000-" + home.backups().practiceId() + ".db",
                "kabinet-2026-12-31-100000-" + home.backups().practiceId() + ".db");
        assertThat(ofOffice).hasSize(BackupRotation.DAILY + 1);
        assertThat(names).hasSize(2 * (BackupRotation.DAILY + 1));
    }

    @Test
    void backUp_backupsNamedWithoutAnId_neverDeleted() throws Exception {
        Practice p = practice(dir.resolve("kabinet.db"));
        Path folder = dir.resolve(BackupService.DEFAULT_FOLDER);
        Files.createDirectories(folder);
        List<String> old = List.of("kabinet-2026-09-01-090000.db", "kabinet-2026-09-02-090000.db",
                "kabinet-2026-10-15-090000.db.enc", "kabinet-2026-11-23-090000.db", "kabinet-2026-11-23-100000.db",
                "kabinet-2026-11-24-090000.db");
        for (String name : old) {
            Files.writeString(folder.resolve(name), "an older backup");
        }

        backUpDaily(folder, 12, p);

        assertThat(names(folder)).containsAll(old)
                .hasSize(old.size() + BackupRotation.DAILY);
    }

    @Test
    void backUp_theIdIsKeptInThePracticeAndInItsBackup() throws Exception {
        Path file = dir.resolve("kabinet.db");
        Practice p = practice(file);
        Path first = p.backups().backUp(dir.resolve("b"), (pages, of) -> { }).file();
        String id = p.backups().practiceId();
        p.close();
        open.remove(p);

        Practice again = practice(file);
        clock.advance(Duration.ofDays(1));
        Path second = again.backups().backUp(dir.resolve("b"), (pages, of) -> { }).file();

        assertThat(BackupRotation.idOf(first)).contains(id);
        assertThat(BackupRotation.idOf(second)).contains(id);
        assertThat(storedId(first)).isEqualTo(id);
        assertThat(storedId(second)).isEqualTo(id);
    }

    @Test
    void practiceId_notOneKabinetMakes_replacedByANewOne() throws Exception {
        Path file = dir.resolve("kabinet.db");
        practice(file).close();
        open.clear();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO practice_meta (key, value) VALUES ('backup.practiceId', 'моя практика')")) {
            st.executeUpdate();
        }
        Practice p = practice(file);

        Path written = p.backups().backUp(dir.resolve("b"), (pages, of) -> { }).file();

        assertThat(p.backups().practiceId()).matches("[0-9a-f]{8}");
        assertThat(BackupRotation.madeAt(written)).isPresent();
    }

    private static String storedId(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement st = c.prepareStatement("SELECT value FROM practice_meta WHERE key = 'backup.practiceId'");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
