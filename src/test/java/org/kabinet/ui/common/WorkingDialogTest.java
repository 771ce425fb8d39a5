package org.kabinet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "please wait" window over long work: it shows after a blink, and goes when the work is done. */
@ExtendWith(ApplicationExtension.class)
class WorkingDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 200));
        stage.show();
    }

    @Test
    void open_longWork_showsItsTextUntilClosed(FxRobot robot) throws Exception {
        WorkingDialog[] dialog = new WorkingDialog[1];
        robot.interact(() -> dialog[0] = WorkingDialog.open(owner, Messages.of(Language.RU), "testWorking",
                "Загружаю…"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, dialog[0]::isShowing);
        // isShowing turns true part-way through show() on the FX thread: let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#testWorking").tryQuery()).isPresent();

        robot.interact(dialog[0]::close);
        assertThat(dialog[0].isShowing()).isFalse();
    }

    @Test
    void open_closedWithinABlink_neverShows(FxRobot robot) throws Exception {
        WorkingDialog[] dialog = new WorkingDialog[1];
        robot.interact(() -> {
            dialog[0] = WorkingDialog.open(owner, Messages.of(Language.EN), "quickWork", "Loading…");
            dialog[0].close();
        });

        // Longer than the delay: it had its chance to appear.
        robot.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog[0].isShowing()).isFalse();
    }
}
