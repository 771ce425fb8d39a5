package org.kabinet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.model.Preferences;
import org.kabinet.storage.DefaultDatabasePath;

/** Which file and language the window opens with: the command line, then the environment, then what was remembered. */
class AppOptionsTest {

    @TempDir
    Path folder;

    private Locale systemLocale;

    @BeforeEach
    void keepLocale() {
        systemLocale = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    private Path remembered() throws Exception {
        return Files.createFile(folder.resolve("remembered.db"));
    }

    @Test
    void databaseFile_dbGiven_winsOverEnvironmentAndRemembered() throws Exception {
        AppOptions options = AppOptions.parse(List.of("--db", "/data/given.db"));

        Path file = options.databaseFile(Map.of("KABINET_DB", "/data/env.db"), Preferences.NONE.withFile(remembered()));

        assertThat(file).isEqualTo(Path.of("/data/given.db"));
    }

    @Test
    void databaseFile_environmentSet_winsOverRemembered() throws Exception {
        Path file = AppOptions.parse(List.of())
                .databaseFile(Map.of("KABINET_DB", "/data/env.db"), Preferences.NONE.withFile(remembered()));

        assertThat(file).isEqualTo(Path.of("/data/env.db"));
    }

    @Test
    void databaseFile_environmentBlank_rememberedFileThatExists() throws Exception {
        Path remembered = remembered();

        Path file = AppOptions.parse(List.of()).databaseFile(Map.of("KABINET_DB", "  "), Preferences.NONE.withFile(remembered));

        assertThat(file).isEqualTo(remembered);
    }

    @Test
    void databaseFile_rememberedFileGone_defaultPlace() {
        Path gone = folder.resolve("on-a-stick-not-plugged-in.db");

        Path file = AppOptions.parse(List.of()).databaseFile(Map.of(), Preferences.NONE.withFile(gone));

        assertThat(file).isEqualTo(DefaultDatabasePath.database());
    }

    @Test
    void missingRememberedFile_gone_isAskedAbout_unlessAFileIsNamed() throws Exception {
        Path gone = folder.resolve("on-a-stick-not-plugged-in.db");
        Preferences remembered = Preferences.NONE.withFile(gone);

        assertThat(AppOptions.parse(List.of()).missingRememberedFile(Map.of(), remembered)).contains(gone);
        assertThat(AppOptions.parse(List.of("--db", "/d.db")).missingRememberedFile(Map.of(), remembered)).isEmpty();
        assertThat(AppOptions.parse(List.of()).missingRememberedFile(Map.of("KABINET_DB", "/e.db"), remembered))
                .isEmpty();
        assertThat(AppOptions.parse(List.of()).missingRememberedFile(Map.of(), Preferences.NONE.withFile(remembered())))
                .isEmpty();
        assertThat(AppOptions.parse(List.of()).missingRememberedFile(Map.of(), Preferences.NONE)).isEmpty();
    }

    @Test
    void databaseFile_rememberedIsAFolder_defaultPlace() {
        Path file = AppOptions.parse(List.of()).databaseFile(Map.of(), Preferences.NONE.withFile(folder));

        assertThat(file).isEqualTo(DefaultDatabasePath.database());
    }

    @Test
    void databaseFile_nothingAnywhere_defaultPlace() {
        assertThat(AppOptions.parse(List.of()).databaseFile(Map.of())).isEqualTo(DefaultDatabasePath.database());
    }

    @Test
    void explicitFile_onlyCommandLineOrEnvironment_neverTheRememberedOne() {
        assertThat(AppOptions.parse(List.of()).explicitFile(Map.of())).isEmpty();
        assertThat(AppOptions.parse(List.of()).explicitFile(Map.of("KABINET_DB", "/e.db"))).contains(Path.of("/e.db"));
        assertThat(AppOptions.parse(List.of("--db", "/d.db")).explicitFile(Map.of("KABINET_DB", "/e.db")))
                .contains(Path.of("/d.db"));
    }

    @Test
    void languageOrSystem_langGiven_winsOverRememberedAndSystem() {
        Locale.setDefault(Locale.ENGLISH);

        Language language = AppOptions.parse(List.of("--lang", "RU")).languageOrSystem(Preferences.NONE.withLanguage("en"));

        assertThat(language).isEqualTo(Language.RU);
    }

    @Test
    void languageOrSystem_remembered_winsOverSystem() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));

        assertThat(AppOptions.parse(List.of()).languageOrSystem(Preferences.NONE.withLanguage("en")))
                .isEqualTo(Language.EN);
    }

    @Test
    void languageOrSystem_rememberedUnknown_system() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));

        assertThat(AppOptions.parse(List.of()).languageOrSystem(Preferences.NONE.withLanguage("de")))
                .isEqualTo(Language.RU);
    }

    @Test
    void languageOrSystem_nothingRemembered_system() {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        assertThat(AppOptions.parse(List.of()).languageOrSystem()).isEqualTo(Language.RU);
        Locale.setDefault(Locale.GERMAN);
        assertThat(AppOptions.parse(List.of()).languageOrSystem()).isEqualTo(Language.EN);
    }

    @Test
    void parse_badOptions_sayWhatIsWrong() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--lang", "de"))).hasMessageContaining("ru or en");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--db"))).hasMessageContaining("--db needs a value");
        assertThatThrownBy(() -> AppOptions.parse(List.of("--nope"))).hasMessageContaining("unknown option");
    }
}
