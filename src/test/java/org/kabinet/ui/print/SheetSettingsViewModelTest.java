package org.kabinet.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.SameThreadTaskExecutor;

/** The sheet settings as the dialog edits them, and the files sheets are printed from. */
class SheetSettingsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void save_thenLoadInANewDialog_bringsBackWhatWasSaved() throws Exception {
        List<Throwable> errors = new ArrayList<>();
        try (Practice practice = Practice.open(folder.resolve("sheets.db"), TestClock.FIXED)) {
            SheetSettingsViewModel vm = new SheetSettingsViewModel(practice.settings(), new SameThreadTaskExecutor(),
                    errors::add);
            vm.load(() -> { });
            assertThat(vm.paper().get()).isEqualTo(PaperSize.A4);
            vm.practitioner().set("  Анна Смирнова ");
            vm.contacts().set("+7 900 000-00-00\nanna@example.org");
            vm.paper().set(PaperSize.LETTER);
            vm.names().set(NameOnSheet.INITIALS);
            boolean[] saved = {false};
            vm.save(() -> saved[0] = true, () -> { });
            assertThat(saved[0]).isTrue();

            SheetSettingsViewModel again = new SheetSettingsViewModel(practice.settings(), new SameThreadTaskExecutor(),
                    errors::add);
            again.load(() -> { });
            assertThat(again.practitioner().get()).isEqualTo("Анна Смирнова");
            assertThat(again.contacts().get()).isEqualTo("+7 900 000-00-00\nanna@example.org");
            assertThat(again.paper().get()).isEqualTo(PaperSize.LETTER);
            assertThat(again.names().get()).isEqualTo(NameOnSheet.INITIALS);
            assertThat(practice.settings().sheets()).isEqualTo(new SheetSettings("Анна Смирнова",
                    "+7 900 000-00-00\nanna@example.org", PaperSize.LETTER, NameOnSheet.INITIALS));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void ownerOnlyTempFile_onThisSystem_isReadableByTheOwnerAlone() throws Exception {
        Path file = SheetActions.ownerOnlyTempFile();
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            assertThat(file.getFileName().toString()).endsWith(".pdf");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void safe_fileNameWithSlashesAndColons_replacesThem() {
        assertThat(SheetActions.safe("Homework – Olga/Anna: 2026-11-25.pdf"))
                .isEqualTo("Homework – Olga_Anna_ 2026-11-25.pdf");
    }
}
