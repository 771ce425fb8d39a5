package org.kabinet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.ui.OwnedWindows;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.RecordingSwitcher;
import org.kabinet.ui.TestContexts;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.SameThreadTaskExecutor;
import org.kabinet.ui.main.ScreenContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings window's backups-and-lock section: problems said beside their fields, the lock turned on and off. */
@ExtendWith(ApplicationExtension.class)
class SettingsBackupsSectionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private ScreenContext context;
    private final AtomicInteger saved = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        practice = Practice.open(folder.resolve("security-" + System.nanoTime() + ".db"), TestClock.FIXED);
        Dialogs dialogs = new Dialogs(Messages.of(Language.EN));
        dialogs.setOwner(stage);
        context = TestContexts.of(practice, Language.EN, new SameThreadTaskExecutor(), dialogs);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        OwnedWindows.closeAll();
        practice.close();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> SettingsWindow.open(context, new RecordingSwitcher(), SettingsSection.BACKUPS,
                saved::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The dialog scrolls, so fields below its fold are filled in directly rather than clicked. */
    private void type(FxRobot robot, String id, String text) {
        javafx.scene.control.TextInputControl field = robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private void tick(FxRobot robot, String id) {
        javafx.scene.control.CheckBox box = robot.lookup(id).queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(box::fire);
    }

    private void save(FxRobot robot) {
        // Fired rather than clicked: the window may still be moving into place over its owner.
        robot.interact(() -> robot.lookup("#settingsSaveButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : "";
    }

    private boolean shown(FxRobot robot) {
        return robot.lookup("#settingsWindow").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void open_newPractice_showsTheDefaultFolder_noBackupYet_andEverythingOff(FxRobot robot) {
        open(robot);
        assertThat(text(robot, "#backupFolderLabel")).isEqualTo(practice.backups().defaultFolder().toString());
        assertThat(robot.lookup("#defaultBackupFolderButton").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#lastBackupLabel")).isEqualTo("No backup has been made yet.");
        assertThat(robot.lookup("#lockCheck").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#lockIdleSpinner").queryAs(javafx.scene.control.Spinner.class).getEditor()
                .getText()).isEqualTo("15");
        assertThat(robot.lookup("#settingsSaveButton").queryButton().getText()).isEqualTo("Save");
        assertThat(robot.lookup("#settingsCancelButton").queryButton().getText()).isEqualTo("Cancel");
    }

    @Test
    void save_lockPassphrasesDiffer_saysSoBesideThem_andWritesNothing(FxRobot robot) {
        open(robot);
        tick(robot, "#lockCheck");
        type(robot, "#lockPassphraseField", "first");
        type(robot, "#lockRepeatField", "second");
        save(robot);

        assertThat(text(robot, "#lockPassphraseError")).isEqualTo("The two passphrases differ. Type the same one twice.");
        assertThat(shown(robot)).isTrue();
        assertThat(saved).hasValue(0);
        assertThat(practice.appLock().enabled()).isFalse();

        type(robot, "#lockRepeatField", "first");
        assertThat(text(robot, "#lockPassphraseError")).as("forgotten once she changes the field").isEmpty();
    }

    @Test
    void save_tooShortPassphrases_saySoInEachSection(FxRobot robot) {
        open(robot);
        tick(robot, "#encryptBackupsCheck");
        type(robot, "#backupPassphraseField", "short");
        type(robot, "#backupRepeatField", "short");
        tick(robot, "#lockCheck");
        type(robot, "#lockPassphraseField", "abc");
        type(robot, "#lockRepeatField", "abc");
        type(robot, "#lockIdleSpinner .text-field", "0");
        save(robot);

        assertThat(text(robot, "#backupPassphraseError")).startsWith("The passphrase is too short: use at least 8");
        assertThat(text(robot, "#lockPassphraseError"))
                .isEqualTo("The lock passphrase is too short: use at least 4 characters.");
        assertThat(text(robot, "#lockIdleError")).isEqualTo("Type a whole number of minutes from 1 to 240.");
        assertThat(saved).hasValue(0);
        assertThat(practice.backups().encrypted()).isFalse();
    }

    @Test
    void save_lockOnWithMatchingPassphrase_enablesItWithTheIdleTime(FxRobot robot) {
        open(robot);
        tick(robot, "#lockCheck");
        type(robot, "#lockPassphraseField", "свеча");
        type(robot, "#lockRepeatField", "свеча");
        type(robot, "#lockIdleSpinner .text-field", "30");
        save(robot);

        assertThat(saved).hasValue(1);
        assertThat(shown(robot)).isFalse();
        assertThat(practice.appLock().enabled()).isTrue();
        assertThat(practice.appLock().idleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(practice.appLock().unlocks("свеча")).isTrue();
    }

    @Test
    void save_turningTheLockOff_needsTheCurrentPassphrase(FxRobot robot) {
        practice.appLock().enable("свеча", Duration.ofMinutes(15));
        open(robot);
        tick(robot, "#lockCheck");
        save(robot);
        assertThat(text(robot, "#lockCurrentError")).isEqualTo("Type the current passphrase to turn the lock off.");

        type(robot, "#lockCurrentField", "не та");
        save(robot);
        assertThat(text(robot, "#lockCurrentError")).isEqualTo("This is not the current passphrase. Nothing was changed.");
        assertThat(robot.lookup("#lockCurrentField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(practice.appLock().enabled()).isTrue();

        type(robot, "#lockCurrentField", "свеча");
        save(robot);
        assertThat(saved).hasValue(1);
        assertThat(practice.appLock().enabled()).isFalse();
    }

    @Test
    void save_encryptionOnAndAnotherFolder_writesBoth(FxRobot robot) {
        open(robot);
        tick(robot, "#encryptBackupsCheck");
        type(robot, "#backupPassphraseField", "long enough words");
        type(robot, "#backupRepeatField", "long enough words");
        save(robot);

        assertThat(saved).hasValue(1);
        assertThat(practice.backups().encrypted()).isTrue();
        assertThat(practice.appLock().enabled()).isFalse();
    }
}
