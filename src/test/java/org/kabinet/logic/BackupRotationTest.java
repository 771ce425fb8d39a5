package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rotation keeps the newest of each of the last 10 days and of each of the last 12 months, and
 * weighs only the backups named after this practice and carrying its id.
 */
class BackupRotationTest {

    private static final String ID = "3f9a0c12";
    private static final String OTHER_ID = "b70e55d1";

    private static Path at(LocalDateTime t) {
        return backup("kabinet", t, ID);
    }

    private static Path backup(String prefix, LocalDateTime t, String id) {
        return Path.of("/backups").resolve(BackupRotation.nameAt(prefix, t, id));
    }

    private static List<Path> toDelete(List<Path> files) {
        return BackupRotation.toDelete("kabinet", ID, files);
    }

    @Test
    void toDelete_twoYearsOfDailyBackups_keepsTenDaysAndTwelveMonths() {
        List<Path> files = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2024, 11, 25, 19, 0);
        for (int day = 0; day <= 730; day++) {
            files.add(at(first.plusDays(day)));
        }

        List<Path> deleted = toDelete(files);
        List<Path> kept = files.stream().filter(f -> !deleted.contains(f)).toList();

        // The last ten days, and the newest of each of the twelve months before (November's is among the ten).
        assertThat(kept).hasSize(10 + 11);
        assertThat(kept).contains(at(first.plusDays(730)), at(first.plusDays(721)))
                .doesNotContain(at(first.plusDays(720)));
        assertThat(kept).contains(at(LocalDateTime.of(2026, 10, 31, 19, 0)), at(LocalDateTime.of(2025, 12, 31, 19, 0)))
                .doesNotContain(at(LocalDateTime.of(2025, 11, 30, 19, 0)));
    }

    @Test
    void toDelete_severalTheSameDay_keepsTheNewestOfThatDay() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        List<Path> files = List.of(at(morning), at(morning.plusHours(3)), at(morning.plusHours(10)));

        assertThat(toDelete(files)).containsExactlyInAnyOrder(at(morning), at(morning.plusHours(3)));
    }

    @Test
    void toDelete_otherFilesInTheFolder_neverTouched() {
        List<Path> files = List.of(Path.of("/backups/notes.txt"), Path.of("/backups/kabinet.db"),
                Path.of("/backups/kabinet-2026-11-25-190000-" + ID + ".db.part"),
                Path.of("/backups/kabinet-2026-11-25-190000-" + ID.toUpperCase() + ".db"),
                at(LocalDateTime.of(2026, 11, 25, 19, 0)));

        assertThat(toDelete(files)).isEmpty();
    }

    @Test
    void toDelete_encryptedBackupsRotateWithThePlainOnes() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path encrypted = Path.of(at(morning.plusHours(1)) + ".enc");
        List<Path> files = List.of(at(morning), encrypted,
                Path.of("/backups/kabinet-2026-11-25-110000-" + ID + ".db.enc.part"));

        assertThat(BackupRotation.madeAt(encrypted)).contains(morning.plusHours(1));
        assertThat(toDelete(files)).containsExactly(at(morning));
    }

    @Test
    void toDelete_anotherPracticeInTheSameFolder_keepsItsBackups() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path other = backup("kabinet-2", morning, OTHER_ID);
        Path otherLater = backup("kabinet-2", morning.plusHours(1), OTHER_ID);
        List<Path> files = List.of(other, otherLater, at(morning.plusHours(2)), at(morning.plusHours(3)));

        // Each practice keeps the newest of its own day; neither takes the other's.
        assertThat(toDelete(files)).containsExactly(at(morning.plusHours(2)));
        assertThat(BackupRotation.toDelete("kabinet-2", OTHER_ID, files)).containsExactly(other);
        assertThat(BackupRotation.madeAt(other)).contains(morning);
    }

    @Test
    void toDelete_sameNameAnotherId_keepsItsBackups() {
        // Two "kabinet.db" in different folders backing up onto one stick, or "практика.db" and
        // "практика.sqlite": the same name, told apart only by the id.
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path other = backup("kabinet", morning, OTHER_ID);
        Path otherLater = backup("kabinet", morning.plusHours(1), OTHER_ID);
        List<Path> files = List.of(other, otherLater, at(morning.plusHours(2)), at(morning.plusHours(3)));

        assertThat(toDelete(files)).containsExactly(at(morning.plusHours(2)));
        assertThat(BackupRotation.toDelete("kabinet", OTHER_ID, files)).containsExactly(other);
    }

    @Test
    void toDelete_sameIdAnotherName_keepsThem() {
        // The practice file renamed: what was named after its old name is not weighed.
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path oldName = backup("старая", morning, ID);

        assertThat(toDelete(List.of(oldName, at(morning.plusHours(1))))).isEmpty();
    }

    @Test
    void toDelete_backupsNamedWithoutAnId_neverDeleted() {
        LocalDateTime first = LocalDateTime.of(2026, 1, 1, 9, 0);
        List<Path> files = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            files.add(Path.of("/backups/kabinet-" + stamp(first.plusDays(day)) + ".db"));
            files.add(Path.of("/backups/kabinet-" + stamp(first.plusDays(day).plusHours(1)) + ".db.enc"));
        }
        files.add(at(first.plusDays(61)));

        assertThat(toDelete(files)).isEmpty();
    }

    private static String stamp(LocalDateTime t) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss").format(t);
    }

    @Test
    void madeAt_oldAndNewNames_both() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 25, 19, 0);

        assertThat(BackupRotation.madeAt(Path.of("kabinet-2026-11-25-190000.db"))).contains(at);
        assertThat(BackupRotation.madeAt(Path.of("kabinet-2026-11-25-190000.db.enc"))).contains(at);
        assertThat(BackupRotation.madeAt(Path.of("kabinet-2026-11-25-190000-" + ID + ".db"))).contains(at);
        assertThat(BackupRotation.madeAt(Path.of("Практика_2025-2026-11-25-190000-" + ID + ".db.enc"))).contains(at);
        assertThat(BackupRotation.madeAt(Path.of("kabinet-2026-13-25-190000-" + ID + ".db"))).isEmpty();
        assertThat(BackupRotation.madeAt(Path.of("kabinet-2026-11-25-190000-" + ID + ".db.part"))).isEmpty();
        assertThat(BackupRotation.prefixOf(Path.of("Практика_2025-2026-11-25-190000-" + ID + ".db"))).contains("Практика_2025");
        assertThat(BackupRotation.idOf(Path.of("kabinet-2026-11-25-190000-" + ID + ".db.enc"))).contains(ID);
        assertThat(BackupRotation.idOf(Path.of("kabinet-2026-11-25-190000.db"))).isEmpty();
        assertThat(BackupRotation.prefixOf(Path.of("kabinet-2026-11-25-190000.db"))).contains("kabinet");
    }

    @Test
    void newId_eightHexDigits_thatNamesCarry() {
        String id = BackupRotation.newId();

        assertThat(id).matches("[0-9a-f]{8}");
        assertThat(BackupRotation.isId(id)).isTrue();
        assertThat(BackupRotation.isId("3F9A0C12")).isFalse();
        assertThat(BackupRotation.isId("3f9a0c1")).isFalse();
        assertThat(BackupRotation.idOf(at(LocalDateTime.of(2026, 11, 25, 19, 0)))).contains(ID);
    }

    @Test
    void prefixFor_practiceFile_isItsNameMadeSafe() {
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/kabinet.db"))).isEqualTo("kabinet");
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/Практика 2025.db"))).isEqualTo("Практика_2025");
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/.db"))).isEqualTo("_db");
        assertThat(BackupRotation.nameAt(BackupRotation.prefixFor(Path.of("/x/kabinet.db")),
                LocalDateTime.of(2026, 11, 25, 19, 0), ID)).isEqualTo("kabinet-2026-11-25-190000-3f9a0c12.db");
    }
}
