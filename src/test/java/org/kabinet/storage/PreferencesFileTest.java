package org.kabinet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Preferences;
import org.kabinet.model.WindowPlace;

/** This computer's preferences file: what is written is read back, and a bad file never stops a start. */
class PreferencesFileTest {

    @TempDir
    Path folder;

    private static final Preferences FULL = new Preferences("ru", "dark", Path.of("/home/она/Кабинет/практика.db"),
            new WindowPlace(120.5, -8, 1100, 760, true), "CALLS");

    @Test
    void write_thenRead_givesBackEveryPart() throws Exception {
        PreferencesFile file = new PreferencesFile(folder.resolve("prefs.properties"));

        file.write(FULL);

        Preferences read = file.read();
        assertThat(read.language()).contains("ru");
        assertThat(read.theme()).contains("dark");
        assertThat(read.file()).contains(Path.of("/home/она/Кабинет/практика.db").toAbsolutePath());
        assertThat(read.windowPlace()).contains(new WindowPlace(120.5, -8, 1100, 760, true));
        assertThat(read.screen()).contains("CALLS");
    }

    @Test
    void write_nothingRemembered_readsAsNone() throws Exception {
        PreferencesFile file = new PreferencesFile(folder.resolve("prefs.properties"));

        file.write(Preferences.NONE);

        assertThat(file.read()).isEqualTo(Preferences.NONE);
    }

    @Test
    void read_missingFile_isNone() {
        assertThat(new PreferencesFile(folder.resolve("never-written.properties")).read()).isEqualTo(Preferences.NONE);
    }

    @Test
    void read_damagedFile_isNoneAndDoesNotThrow() throws Exception {
        Path path = folder.resolve("prefs.properties");
        // A broken \\u escape makes Properties.load throw IllegalArgumentException.
        Files.writeString(path, "language=ru\ntheme=\\u12\n", StandardCharsets.UTF_8);

        assertThat(new PreferencesFile(path).read()).isEqualTo(Preferences.NONE);
    }

    @Test
    void read_bytesThatAreNotUtf8_isNone() throws Exception {
        Path path = folder.resolve("prefs.properties");
        Files.write(path, new byte[] {'l', 'a', 'n', 'g', '=', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThat(new PreferencesFile(path).read()).isEqualTo(Preferences.NONE);
    }

    @Test
    void read_aFolderInsteadOfAFile_isNone() throws Exception {
        Path path = Files.createDirectory(folder.resolve("prefs.properties"));

        assertThat(new PreferencesFile(path).read()).isEqualTo(Preferences.NONE);
    }

    @Test
    void read_windowEditedByHand_dropsOnlyTheWindow() throws Exception {
        Path path = folder.resolve("prefs.properties");
        Files.writeString(path, "language=en\nwindow.x=10\nwindow.y=oops\nwindow.width=800\nwindow.height=600\n");

        Preferences read = new PreferencesFile(path).read();

        assertThat(read.language()).contains("en");
        assertThat(read.windowPlace()).isEmpty();
    }

    @Test
    void read_windowOfNoOrEndlessSize_isDropped() throws Exception {
        Path path = folder.resolve("prefs.properties");
        Files.writeString(path, "window.x=10\nwindow.y=10\nwindow.width=Infinity\nwindow.height=0\n");

        assertThat(new PreferencesFile(path).read().windowPlace()).isEmpty();
        Files.writeString(path, "window.x=10\nwindow.y=10\nwindow.width=Infinity\nwindow.height=600\n");
        assertThat(new PreferencesFile(path).read().windowPlace()).isEmpty();
    }

    @Test
    void write_onPosix_fileAndNewFolderAreTheOwnersOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path path = folder.resolve("new-folder").resolve("prefs.properties");

        new PreferencesFile(path).write(FULL);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void write_overAnOldFile_replacesItAndLeavesNoTemporaryFile() throws Exception {
        Path path = folder.resolve("prefs.properties");
        PreferencesFile file = new PreferencesFile(path);
        file.write(FULL);
        // A temporary file left by a crash in the middle of an earlier write.
        Files.writeString(folder.resolve("prefs.properties.tmp"), "half of a fi");

        file.write(Preferences.NONE.withLanguage("en"));

        assertThat(file.read()).isEqualTo(Preferences.NONE.withLanguage("en"));
        try (var listed = Files.list(folder)) {
            assertThat(listed.map(p -> p.getFileName().toString())).containsExactly("prefs.properties");
        }
    }

    @Test
    void ofThisUser_propertySet_usesThatFile() {
        String before = System.getProperty(PreferencesFile.LOCATION_PROPERTY);
        try {
            System.setProperty(PreferencesFile.LOCATION_PROPERTY, folder.resolve("p.properties").toString());
            assertThat(PreferencesFile.ofThisUser().file()).isEqualTo(folder.resolve("p.properties"));
        } finally {
            if (before == null) {
                System.clearProperty(PreferencesFile.LOCATION_PROPERTY);
            } else {
                System.setProperty(PreferencesFile.LOCATION_PROPERTY, before);
            }
        }
    }
}
