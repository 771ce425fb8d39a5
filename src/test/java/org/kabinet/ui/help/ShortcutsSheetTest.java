package org.kabinet.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.MainWindowHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard shortcuts sheet: F1 or the Help menu opens it, it lists the keys in groups, Esc closes it. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("keys-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile(FxRobot robot) {
        robot.interact(() -> {
            if (harness.window().shortcutsSheet() != null) {
                harness.window().shortcutsSheet().hide();
            }
        });
        harness.close();
    }

    private void waitForSheet(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsCloseButton").tryQuery()
                .filter(Node::isVisible).isPresent());
    }

    @Test
    void f1_opensTheSheetWithEveryGroup_escClosesIt(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.clickOn("#todayNav");

        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitForSheet(robot);

        for (String group : new String[] {"Everywhere", "Client card", "Today", "Calls", "Calendar", "Programs",
            "Search window", "Dialogs"}) {
            assertThat(robot.lookup(".shortcuts-group").queryAllAs(Label.class)).extracting(Label::getText)
                    .contains(group);
        }
        assertThat(robot.lookup(".key-cap").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("F1", "Ctrl", "K", "Page Up", "Esc");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.window().shortcutsSheet().isShowing());
    }

    @Test
    void helpMenu_shortcutsItem_opensTheSheet_closeButtonClosesIt(FxRobot robot) throws Exception {
        harness.awaitIdle();

        robot.interact(() -> robot.lookup("#helpMenu").queryAs(MenuButton.class).getItems().stream()
                .filter(i -> "shortcutsItem".equals(i.getId())).findFirst().orElseThrow().fire());
        waitForSheet(robot);
        robot.clickOn("#shortcutsCloseButton");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.window().shortcutsSheet().isShowing());
    }

    @Test
    void keys_onAMac_sayCmdAndOption_elsewhereCtrlAndAlt() {
        Messages ru = Messages.of(Language.RU);

        assertThat(new KeyText(ru, true).keys("SHORTCUT+ENTER")).containsExactly("Cmd", "Return");
        assertThat(new KeyText(ru, true).keys("ALT+UP")).containsExactly("Option", "↑");
        assertThat(new KeyText(ru, false).keys("SHORTCUT+K")).containsExactly("Ctrl", "K");
        assertThat(new KeyText(ru, false).keys("SPACE")).containsExactly("Пробел");
    }

    @Test
    void everyLine_hasTextInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (ShortcutList.Group group : ShortcutList.groups()) {
                assertThat(messages.has(group.titleKey())).as(group.titleKey()).isTrue();
                group.entries().forEach(e -> assertThat(messages.has(e.descriptionKey()))
                        .as(language + " " + e.descriptionKey()).isTrue());
            }
        }
    }
}
