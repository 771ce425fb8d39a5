package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.PracticeSettings;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.SheetSettings;
import org.kabinet.model.SuggestionRule;
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

    @Test
    void save_practiceSettings_readBackTogetherAfterReopening() {
        PracticeSettings mine = new PracticeSettings(" Кабинет на Садовой ",
                new SheetSettings("Елена", "", PaperSize.LETTER, NameOnSheet.FIRST_NAME),
                FollowUpSettings.DEFAULT.with(SuggestionRule.STALLED, new RuleSetting(false, List.of(45))));
        try (Database db = TestDatabases.fresh(dir)) {
            new SettingsService(db).save(mine);
        }
        try (Database db = TestDatabases.fresh(dir)) {
            SettingsService settings = new SettingsService(db);
            PracticeSettings read = settings.practice();
            assertThat(read.practiceName()).isEqualTo("Кабинет на Садовой");
            assertThat(settings.practiceName()).isEqualTo("Кабинет на Садовой");
            assertThat(read.sheets()).isEqualTo(mine.sheets());
            assertThat(read.followUps().enabled(SuggestionRule.STALLED)).isFalse();
            assertThat(read.followUps().threshold(SuggestionRule.STALLED, 0)).isEqualTo(45);
        }
    }

    @Test
    void save_emptyName_forgetsTheOneBefore() {
        try (Database db = TestDatabases.fresh(dir)) {
            SettingsService settings = new SettingsService(db);
            settings.save(new PracticeSettings("Кабинет", SheetSettings.DEFAULT, FollowUpSettings.DEFAULT));
            settings.save(new PracticeSettings("  ", SheetSettings.DEFAULT, FollowUpSettings.DEFAULT));
            assertThat(settings.practiceName()).isEmpty();
        }
    }

    @Test
    void save_nameTooLong_isRefused_andNothingIsWritten() {
        try (Database db = TestDatabases.fresh(dir)) {
            SettingsService settings = new SettingsService(db);
            PracticeSettings tooLong = new PracticeSettings("Я".repeat(PracticeSettings.MAX_NAME + 1),
                    new SheetSettings("Елена", "", PaperSize.A4, NameOnSheet.FULL), FollowUpSettings.DEFAULT);
            assertThatThrownBy(() -> settings.save(tooLong)).isInstanceOf(ValidationException.class);
            assertThat(settings.practiceName()).isEmpty();
            assertThat(settings.sheets()).isEqualTo(SheetSettings.DEFAULT);
        }
    }
}
