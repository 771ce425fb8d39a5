package org.kabinet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.ui.OwnedWindows;
import org.kabinet.i18n.Language;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.model.SheetSettings;
import org.kabinet.model.SuggestionRule;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.common.Theme;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings window in the real main window: opened from the sidebar and by Ctrl+, its
 * sections written to the file together, a wrong value said beside its field, the theme and the
 * language handed to the application, the practice's name in the window's title.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("settings-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        OwnedWindows.closeAll();
        harness.close();
    }

    private void openFromSidebar(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.clickOn("#settingsButton");
        awaitWindow(robot);
    }

    private void awaitWindow(FxRobot robot) throws Exception {
        // The buttons enter the scene a layout pulse after the window.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsSaveButton").tryQuery().isPresent());
        harness.awaitIdle();
    }

    private boolean shown(FxRobot robot) {
        return robot.lookup("#settingsWindow").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    private boolean selected(FxRobot robot, SettingsSection section) {
        return robot.lookup("#settingsSection-" + section.name()).queryAs(ToggleButton.class).isSelected();
    }

    private void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup(id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    /** Fired rather than clicked: the window may still be moving into place over the main window. */
    private void fire(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    private void section(FxRobot robot, SettingsSection section) {
        fire(robot, "#settingsSection-" + section.name());
    }

    private void save(FxRobot robot) throws Exception {
        fire(robot, "#settingsSaveButton");
        harness.awaitIdle();
    }

    @Test
    void settingsButton_click_opensOnThePracticeSectionWithEverySectionListed(FxRobot robot) throws Exception {
        openFromSidebar(robot);

        assertThat(shown(robot)).isTrue();
        assertThat(selected(robot, SettingsSection.PRACTICE)).isTrue();
        assertThat(robot.lookup("#settingsHeading").queryAs(Label.class).getText()).isEqualTo("Practice");
        for (SettingsSection section : SettingsSection.values()) {
            assertThat(robot.lookup("#settingsSection-" + section.name()).tryQuery()).isPresent();
        }
        assertThat(robot.lookup("#settingsSaveButton").queryButton().getText()).isEqualTo("Save");
        assertThat(robot.lookup("#settingsCancelButton").queryButton().getText()).isEqualTo("Cancel");
    }

    @Test
    void ctrlComma_inTheMainWindow_opensSettings(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        awaitWindow(robot);

        assertThat(shown(robot)).isTrue();
    }

    @Test
    void dataMenuItem_backupsAndLock_opensSettingsOnThatSection(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.clickOn("#dataMenu");
        robot.clickOn("#securityItem");
        awaitWindow(robot);

        assertThat(selected(robot, SettingsSection.BACKUPS)).isTrue();
        assertThat(robot.lookup("#lockCheck").tryQuery()).isPresent();
    }

    @Test
    void callsScreenRulesButton_opensSettingsOnFollowUpCalls(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.CALLS);
        harness.awaitIdle();
        // An empty practice shows the calls screen's empty state, with its own way to the rules.
        javafx.scene.control.Button rules = robot.lookup("#plannerEmptyRulesButton").tryQuery()
                .or(() -> robot.lookup("#plannerRulesButton").tryQuery())
                .map(javafx.scene.control.Button.class::cast).orElseThrow();
        robot.interact(rules::fire);
        awaitWindow(robot);

        assertThat(selected(robot, SettingsSection.RULES)).isTrue();
        assertThat(robot.lookup("#ruleSwitch-STALLED").tryQuery()).isPresent();
    }

    @Test
    void todaySheetSettingsButton_opensSettingsOnSheets(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.TODAY);
        harness.awaitIdle();
        robot.interact(() -> robot.lookup("#sheetSettingsButton").queryButton().fire());
        awaitWindow(robot);

        assertThat(selected(robot, SettingsSection.SHEETS)).isTrue();
        assertThat(robot.lookup("#sheetPaperChoice").tryQuery()).isPresent();
    }

    @Test
    void save_practiceAndSheetSections_writesThemTogether_andTheNameReachesTheTitle(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        type(robot, "#practiceNameField", "  Кабинет на Садовой ");
        type(robot, "#sheetPractitionerField", "Елена Соколова, психолог");
        type(robot, "#sheetContactsArea", "+7 912 345-67-89");
        section(robot, SettingsSection.SHEETS);
        choose(robot, "#sheetPaperChoice", PaperSize.LETTER);
        choose(robot, "#sheetNamesChoice", NameOnSheet.INITIALS);
        save(robot);

        assertThat(shown(robot)).isFalse();
        var read = harness.practice().settings().practice();
        assertThat(read.practiceName()).isEqualTo("Кабинет на Садовой");
        assertThat(read.sheets()).isEqualTo(new SheetSettings("Елена Соколова, психолог", "+7 912 345-67-89",
                PaperSize.LETTER, NameOnSheet.INITIALS));
        assertThat(harness.window().title().get()).isEqualTo("Kabinet — Кабинет на Садовой");

        robot.clickOn("#settingsButton");
        awaitWindow(robot);
        assertThat(robot.lookup("#practiceNameField").queryAs(TextField.class).getText())
                .isEqualTo("Кабинет на Садовой");
    }

    @Test
    void save_practiceNameTooLong_saysSoBesideIt_andSavesNothingAtAll(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        section(robot, SettingsSection.RULES);
        type(robot, "#ruleNumber-STALLED-0", "45");
        section(robot, SettingsSection.PRACTICE);
        type(robot, "#practiceNameField", "Я".repeat(81));
        type(robot, "#sheetPractitionerField", "Елена");
        section(robot, SettingsSection.SHEETS);
        save(robot);

        assertThat(shown(robot)).isTrue();
        assertThat(selected(robot, SettingsSection.PRACTICE)).as("the section with the problem is shown").isTrue();
        Label error = robot.lookup("#practiceNameError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The name is too long: 80 characters at most.");
        assertThat(harness.practice().settings().practice().practiceName()).isEmpty();
        assertThat(harness.practice().settings().sheets().practitioner()).isEmpty();
        assertThat(harness.practice().followUps().settings().threshold(SuggestionRule.STALLED, 0))
                .isEqualTo(FollowUpSettings.DEFAULT.threshold(SuggestionRule.STALLED, 0));

        type(robot, "#practiceNameField", "Кабинет");
        assertThat(error.isVisible()).as("forgotten once she changes the field").isFalse();
    }

    @Test
    void theme_chosen_appliesAtOnce_andCancelTakesItBack(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        section(robot, SettingsSection.APPEARANCE);
        choose(robot, "#themeChoice", Theme.DARK);
        assertThat(harness.switcher().calls()).containsExactly("theme DARK");

        fire(robot, "#settingsCancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).isFalse();
        assertThat(harness.switcher().calls()).containsExactly("theme DARK", "theme LIGHT");
    }

    @Test
    void language_chosen_isAskedForOnceSavedAndClosed(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        section(robot, SettingsSection.APPEARANCE);
        choose(robot, "#languageChoice", Language.RU);
        assertThat(harness.switcher().calls()).as("not before Save").isEmpty();
        choose(robot, "#themeChoice", Theme.DARK);
        save(robot);

        assertThat(shown(robot)).isFalse();
        assertThat(harness.switcher().calls()).containsExactly("theme DARK", "language RU");
    }

    @Test
    void cancelEscAndCloseBox_whileSaving_doNothing_andTheSaveStillSwitchesTheLanguage(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        section(robot, SettingsSection.APPEARANCE);
        choose(robot, "#languageChoice", Language.RU);
        choose(robot, "#themeChoice", Theme.DARK);
        CountDownLatch held = new CountDownLatch(1);
        // The worker has one thread: work queued first keeps the save running until the test lets it go.
        robot.interact(() -> harness.executor().run(() -> {
            held.await();
            return null;
        }, done -> { }, failed -> { }));
        try {
            fire(robot, "#settingsSaveButton");

            Button saveButton = robot.lookup("#settingsSaveButton").queryButton();
            assertThat(saveButton.isDisabled()).isTrue();
            assertThat(saveButton.getText()).isEqualTo("Saving…");
            assertThat(robot.lookup("#settingsCancelButton").queryButton().isDisabled()).isTrue();
            fire(robot, "#settingsCancelButton");
            Node pane = robot.lookup("#settingsWindow").query();
            robot.interact(() -> pane.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                    false, false, false, false)));
            Window window = pane.getScene().getWindow();
            robot.interact(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
            assertThat(shown(robot)).as("still open while saving").isTrue();
            assertThat(harness.switcher().calls()).as("the theme stays, no language yet").containsExactly("theme DARK");
        } finally {
            held.countDown();
        }
        harness.awaitIdle();

        assertThat(shown(robot)).isFalse();
        assertThat(harness.switcher().calls()).containsExactly("theme DARK", "language RU");
    }

    @Test
    void dataFileSection_showsTheFullPathOfTheOpenFile(FxRobot robot) throws Exception {
        openFromSidebar(robot);
        section(robot, SettingsSection.DATA_FILE);

        TextField path = robot.lookup("#dataFilePathField").queryAs(TextField.class);
        assertThat(path.getText()).isEqualTo(harness.practice().file().toAbsolutePath().toString());
        assertThat(path.isEditable()).isFalse();
        assertThat(robot.lookup("#openOtherFileButton").tryQuery()).isPresent();
        assertThat(robot.lookup("#newPracticeFileButton").tryQuery()).isPresent();
    }

    @Test
    void withExtension_nameWithoutOne_getsDb() {
        assertThat(DataFilePane.withExtension(Path.of("/x/practice"))).isEqualTo(Path.of("/x/practice.db"));
        assertThat(DataFilePane.withExtension(Path.of("/x/practice.sqlite"))).isEqualTo(Path.of("/x/practice.sqlite"));
    }
}
