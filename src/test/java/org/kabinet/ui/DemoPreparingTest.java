package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening the demo from the welcome takes a few seconds: the welcome shows it is being prepared. */
@ExtendWith(ApplicationExtension.class)
class DemoPreparingTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("welcome-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void openDemo_whileItIsWritten_buttonsWaitAndSaySo_thenWorkAgainIfItDidNotOpen(FxRobot robot) throws Exception {
        harness.awaitIdle();
        Button demo = robot.lookup("#openDemoButton").queryAs(Button.class);

        robot.clickOn(demo);

        assertThat(harness.switcher().calls()).contains("openDemo");
        assertThat(demo.getText()).isEqualTo("Preparing a demo practice…");
        assertThat(demo.isDisabled()).isTrue();
        assertThat(robot.lookup("#addFirstClientButton").queryAs(Button.class).isDisabled()).isTrue();

        // The recording switcher opens nothing: the next work the window does ends, as a failed opening would.
        harness.reload();
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !demo.isDisabled());
        assertThat(demo.getText()).isEqualTo("Open a demo practice");
    }
}
