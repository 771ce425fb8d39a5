package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;
import org.kabinet.storage.Database;
import org.kabinet.testutil.TestDatabases;

/** Sheet settings kept in the practice file. */
class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void sheets_newFile_areTheDefaults() {
        try (Database db = TestDatabases.fresh(dir)) {
            assertThat(new SettingsService(db).sheets()).isEqualTo(SheetSettings.DEFAULT);
        }
        assertThat(SheetSettings.DEFAULT.paper()).isEqualTo(PaperSize.A4);
        assertThat(SheetSettings.DEFAULT.names()).isEqualTo(NameOnSheet.FULL);
    }

    @Test
    void saveSheets_readBackAfterReopening() {
        SheetSettings mine = new SheetSettings(" Елена Соколова, психолог ", "+7 912 345-67-89\nsokolova@example.ru",
                PaperSize.values()[PaperSize.values().length - 1], NameOnSheet.INITIALS);
        try (Database db = TestDatabases.fresh(dir)) {
            new SettingsService(db).saveSheets(mine);
        }
        try (Database db = TestDatabases.fresh(dir)) {
            SheetSettings read = new SettingsService(db).sheets();
            assertThat(read).isEqualTo(mine);
            assertThat(read.practitioner()).isEqualTo("Елена Соколова, психолог");
        }
    }
}
