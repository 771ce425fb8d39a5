package org.kabinet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kabinet.model.WindowPlace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's place kept for the next start: the size she chose, not the maximized one. */
@ExtendWith(ApplicationExtension.class)
class NormalBoundsTest {

    private Stage stage;
    private NormalBounds bounds;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // TestFX hands every test the same stage.
        stage.setMaximized(false);
        stage.setX(40);
        stage.setY(30);
        stage.setWidth(900);
        stage.setHeight(640);
        bounds = NormalBounds.track(stage);
    }

    @Test
    void place_movedAndResized_followsTheWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(100);
            stage.setWidth(1000);
        });

        assertThat(bounds.place()).isEqualTo(new WindowPlace(100, 30, 1000, 640, false));
    }

    @Test
    void place_maximized_keepsTheSizeFromBeforeAndSaysMaximized(FxRobot robot) {
        robot.interact(() -> {
            stage.setMaximized(true);
            // What the system does to a maximized window: the whole screen.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1920);
            stage.setHeight(1080);
        });

        assertThat(bounds.place()).isEqualTo(new WindowPlace(40, 30, 900, 640, true));
    }
}
