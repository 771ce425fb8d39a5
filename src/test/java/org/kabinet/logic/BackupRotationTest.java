package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rotation keeps the newest of each of the last 10 days and of each of the last 12 months. */
class BackupRotationTest {

    private static Path at(LocalDateTime t) {
        return Path.of("/backups").resolve(BackupRotation.nameAt(t));
    }

    @Test
    void toDelete_twoYearsOfDailyBackups_keepsTenDaysAndTwelveMonths() {
        List<Path> files = new ArrayList<>();
        LocalDateTime first = LocalDateTime.of(2024, 11, 25, 19, 0);
        for (int day = 0; day <= 730; day++) {
            files.add(at(first.plusDays(day)));
        }

        List<Path> deleted = BackupRotation.toDelete(files);
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

        assertThat(BackupRotation.toDelete(files)).containsExactlyInAnyOrder(at(morning), at(morning.plusHours(3)));
    }

    @Test
    void toDelete_otherFilesInTheFolder_neverTouched() {
        List<Path> files = List.of(Path.of("/backups/notes.txt"), Path.of("/backups/kabinet.db"),
                Path.of("/backups/kabinet-2026-11-25-190000.db.part"), at(LocalDateTime.of(2026, 11, 25, 19, 0)));

        assertThat(BackupRotation.toDelete(files)).isEmpty();
    }

    @Test
    void toDelete_encryptedBackupsRotateWithThePlainOnes() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path encrypted = Path.of("/backups/" + BackupRotation.nameAt(morning.plusHours(1)) + ".enc");
        List<Path> files = List.of(at(morning), encrypted, Path.of("/backups/kabinet-2026-11-25-110000.db.enc.part"));

        assertThat(BackupRotation.madeAt(encrypted)).contains(morning.plusHours(1));
        assertThat(BackupRotation.toDelete(files)).containsExactly(at(morning));
    }

    @Test
    void toDelete_anotherPracticeInTheSameFolder_keepsItsBackups() {
        LocalDateTime morning = LocalDateTime.of(2026, 11, 25, 9, 0);
        Path other = Path.of("/backups/" + BackupRotation.nameAt("kabinet-2", morning));
        Path otherLater = Path.of("/backups/" + BackupRotation.nameAt("kabinet-2", morning.plusHours(1)));
        List<Path> files = List.of(other, otherLater, at(morning.plusHours(2)), at(morning.plusHours(3)));

        // Each practice keeps the newest of its own day; neither takes the other's.
        assertThat(BackupRotation.toDelete(files)).containsExactly(at(morning.plusHours(2)));
        assertThat(BackupRotation.toDelete("kabinet-2", files)).containsExactly(other);
        assertThat(BackupRotation.madeAt(other)).contains(morning);
    }

    @Test
    void prefixFor_practiceFile_isItsNameMadeSafe() {
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/kabinet.db"))).isEqualTo("kabinet");
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/Практика 2025.db"))).isEqualTo("Практика_2025");
        assertThat(BackupRotation.prefixFor(Path.of("/home/elena/.db"))).isEqualTo("_db");
        assertThat(BackupRotation.nameAt(BackupRotation.prefixFor(Path.of("/x/kabinet.db")),
                LocalDateTime.of(2026, 11, 25, 19, 0))).isEqualTo("kabinet-2026-11-25-190000.db");
    }
}
