package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultDatabasePathTest {

    private static final String HOME = "/home/olga";

    @Test
    void dataDirectory_linuxWithXdgDataHome_kabinetUnderIt() {
        Path dir = DefaultDatabasePath.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/olga"), HOME);

        assertThat(dir).isEqualTo(Path.of("/data/olga", "kabinet"));
    }

    @Test
    void dataDirectory_linuxWithoutXdgDataHome_localShare() {
        Path dir = DefaultDatabasePath.dataDirectory("Linux", Map.of(), HOME);

        assertThat(dir).isEqualTo(Path.of(HOME, ".local", "share", "kabinet"));
    }

    @Test
    void dataDirectory_linuxWithBlankXdgDataHome_localShare() {
        Path dir = DefaultDatabasePath.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "  "), HOME);

        assertThat(dir).isEqualTo(Path.of(HOME, ".local", "share", "kabinet"));
    }

    @Test
    void dataDirectory_linuxWithRelativeXdgDataHome_ignoredAsTheSpecSays() {
        Path dir = DefaultDatabasePath.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "data"), HOME);

        assertThat(dir).isEqualTo(Path.of(HOME, ".local", "share", "kabinet"));
    }

    @Test
    void dataDirectory_windowsWithAppData_kabinetUnderAppData() {
        String appData = "C:\\Users\\olga\\AppData\\Roaming";
        Path dir = DefaultDatabasePath.dataDirectory("Windows 11",
                Map.of("APPDATA", appData, "XDG_DATA_HOME", "/ignored"), "C:\\Users\\olga");

        assertThat(dir).isEqualTo(Path.of(appData).resolve("Kabinet"));
        assertThat(dir.getFileName()).hasToString("Kabinet");
    }

    @Test
    void dataDirectory_windowsWithoutAppData_roamingUnderHome() {
        Path dir = DefaultDatabasePath.dataDirectory("Windows 10", Map.of(), HOME);

        assertThat(dir).isEqualTo(Path.of(HOME, "AppData", "Roaming", "Kabinet"));
    }

    @Test
    void dataDirectory_macOs_applicationSupport() {
        Path dir = DefaultDatabasePath.dataDirectory("Mac OS X",
                Map.of("XDG_DATA_HOME", "/ignored"), "/Users/olga");

        assertThat(dir).isEqualTo(Path.of("/Users/olga", "Library", "Application Support", "Kabinet"));
    }

    @Test
    void database_surefireEnvironment_kabinetDbInDataDirectory() {
        assertThat(DefaultDatabasePath.database())
                .isEqualTo(DefaultDatabasePath.dataDirectory().resolve("kabinet.db"));
        assertThat(DefaultDatabasePath.demoDatabase())
                .isEqualTo(DefaultDatabasePath.dataDirectory().resolve("kabinet-demo.db"));
    }
}
