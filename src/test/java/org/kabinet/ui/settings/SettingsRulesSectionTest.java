package org.kabinet.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.SuggestionRule;
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

/** The Settings window's follow-up section: numbers typed inline, checked beside their rule, saved, defaults restored. */
@ExtendWith(ApplicationExtension.class)
class SettingsRulesSectionTest {

    @TempDir
    static Path folder;

    private Practice practice;
    private ScreenContext context;
    private final AtomicInteger saved = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        practice = Practice.open(folder.resolve("rules-" + System.nanoTime() + ".db"), TestClock.FIXED);
        Messages messages = Messages.of(Language.EN);
        Dialogs dialogs = new Dialogs(messages);
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
        robot.interact(() -> SettingsWindow.open(context, new RecordingSwitcher(), SettingsSection.RULES,
                saved::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String id, String text) {
        // The section scrolls, so a field below its fold is filled in directly rather than clicked.
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private void fire(FxRobot robot, String id) {
        javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    private boolean dialogShown(FxRobot robot) {
        return robot.lookup("#settingsWindow").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void open_fromTheFile_showsEachRuleWithItsNumbersInline() {
        practice.followUps().saveSettings(FollowUpSettings.DEFAULT.with(SuggestionRule.STALLED,
                new RuleSetting(false, List.of(40))));
        FxRobot robot = new FxRobot();
        open(robot);

        assertThat(robot.lookup("#ruleNumber-STALLED-0").queryAs(TextField.class).getText()).isEqualTo("40");
        assertThat(robot.lookup("#ruleSwitch-STALLED").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isFalse();
        assertThat(robot.lookup("#ruleNumber-CHECK_IN-2").queryAs(TextField.class).getText()).isEqualTo("6");
        assertThat(robot.lookup("#ruleNumber-ENQUIRY_NOT_BOOKED-1").queryAs(TextField.class).getText())
                .isEqualTo("3");
        assertThat(robot.lookup("#settingsSaveButton").queryButton().getText()).isEqualTo("Save");
        assertThat(robot.lookup("#restoreRuleDefaultsButton").queryButton().getText()).isEqualTo("Restore defaults");
    }

    @Test
    void save_changedNumberAndSwitch_writesThemAndCloses(FxRobot robot) {
        open(robot);
        type(robot, "#ruleNumber-NOT_BOOKED-0", "21");
        fire(robot, "#ruleSwitch-STALLED");
        // Fired rather than clicked: the window may still be moving into place over its owner.
        robot.interact(() -> robot.lookup("#settingsSaveButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        FollowUpSettings now = practice.followUps().settings();
        assertThat(now.threshold(SuggestionRule.NOT_BOOKED, 0)).isEqualTo(21);
        assertThat(now.enabled(SuggestionRule.STALLED)).isFalse();
        assertThat(now.threshold(SuggestionRule.STALLED, 0)).isEqualTo(30);
        assertThat(now.enabled(SuggestionRule.BIRTHDAY)).isTrue();
        assertThat(saved).hasValue(1);
        assertThat(dialogShown(robot)).isFalse();
    }

    @Test
    void save_numberOutOfRange_saysSoBesideTheRule_andSavesNothing(FxRobot robot) {
        open(robot);
        type(robot, "#ruleNumber-STALLED-0", "0");
        // Fired rather than clicked: the window may still be moving into place over its owner.
        robot.interact(() -> robot.lookup("#settingsSaveButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#ruleError-STALLED").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Type a whole number from 1 to 365.");
        assertThat(saved).hasValue(0);
        assertThat(dialogShown(robot)).isTrue();
        assertThat(practice.followUps().settings()).isEqualTo(FollowUpSettings.DEFAULT);

        type(robot, "#ruleNumber-STALLED-0", "30");
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void save_checkInsOutOfOrder_saysEachMustGrow(FxRobot robot) {
        open(robot);
        type(robot, "#ruleNumber-CHECK_IN-1", "1");
        // Fired rather than clicked: the window may still be moving into place over its owner.
        robot.interact(() -> robot.lookup("#settingsSaveButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#ruleError-CHECK_IN").queryAs(Label.class).getText())
                .isEqualTo("Each number must be larger than the one before it.");
        assertThat(saved).hasValue(0);
    }

    @Test
    void restoreDefaults_afterChanges_fillsInThePracticeNumbersWithoutClosing(FxRobot robot) {
        practice.followUps().saveSettings(FollowUpSettings.DEFAULT.with(SuggestionRule.LAPSED,
                new RuleSetting(false, List.of(4, 9))));
        open(robot);
        type(robot, "#ruleNumber-STALLED-0", "abc");
        fire(robot, "#restoreRuleDefaultsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogShown(robot)).isTrue();
        assertThat(robot.lookup("#ruleNumber-LAPSED-0").queryAs(TextField.class).getText()).isEqualTo("6");
        assertThat(robot.lookup("#ruleNumber-STALLED-0").queryAs(TextField.class).getText()).isEqualTo("30");
        assertThat(robot.lookup("#ruleSwitch-LAPSED").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).isTrue();
        // Nothing is written until Save.
        assertThat(practice.followUps().settings().enabled(SuggestionRule.LAPSED)).isFalse();
        // Fired rather than clicked: the window may still be moving into place over its owner.
        robot.interact(() -> robot.lookup("#settingsSaveButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(practice.followUps().settings()).isEqualTo(FollowUpSettings.DEFAULT);
    }
}
