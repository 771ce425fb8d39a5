package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupListingTest {

    @TempDir
    Path dir;

    @Test
    void in_kabinetBackupsOnly_newestFirst_withTheirSize() throws Exception {
        Files.writeString(dir.resolve("kabinet-2026-11-20-090000.db"), "a");
        Files.writeString(dir.resolve("kabinet-2026-11-24-100000-3f9a0c12.db"), "bb");
        Files.writeString(dir.resolve("kabinet-2026-11-22-183000.db.enc"), "ccc");
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.writeString(dir.resolve("kabinet.db.before-restore-20261124-100000"), "x");
        Files.writeString(dir.resolve("kabinet-2026-11-25-100000.db.part"), "x");
        Files.createDirectory(dir.resolve("kabinet-2026-11-26-100000.db"));

        var found = BackupListing.in(dir);

        assertThat(found).extracting(f -> f.file().getFileName().toString()).containsExactly(
                "kabinet-2026-11-24-100000-3f9a0c12.db", "kabinet-2026-11-22-183000.db.enc", "kabinet-2026-11-20-090000.db");
        assertThat(found.get(0).madeAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        assertThat(found.get(1).madeAt()).isEqualTo(LocalDateTime.of(2026, 11, 22, 18, 30));
        assertThat(found.get(0).bytes()).isEqualTo(2);
    }

    @Test
    void in_missingFolder_none() {
        assertThat(BackupListing.in(dir.resolve("not-there"))).isEmpty();
    }
}
