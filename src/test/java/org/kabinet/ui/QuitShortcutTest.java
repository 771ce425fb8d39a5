package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Q asks the app to quit, but not from the lock screen, where nothing of the practice may show. */
@ExtendWith(ApplicationExtension.class)
class QuitShortcutTest {

    private static final String PASSPHRASE = "тихий час";

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("quit-" + System.nanoTime() + ".db"));
        harness.practice().appLock().enable(PASSPHRASE, Duration.ofMinutes(15));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        OwnedWindows.closeAll(() -> harness.window().stopBackups());
        harness.close();
    }

    private void pressCtrlQ(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlQ_onTheLockScreen_doesNothing_afterUnlocking_quits(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlockButton").tryQuery().isPresent());

        pressCtrlQ(robot);
        assertThat(harness.switcher().calls()).doesNotContain("quit");

        robot.clickOn("#lockPassphraseField").write(PASSPHRASE);
        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unlockButton").tryQuery().isEmpty());
        harness.awaitIdle();

        pressCtrlQ(robot);
        assertThat(harness.switcher().calls()).containsExactly("quit");
    }
}
