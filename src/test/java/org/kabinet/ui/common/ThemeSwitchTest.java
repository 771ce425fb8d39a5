package org.kabinet.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching theme changes the user-agent stylesheet, and with it the colours a window is drawn in. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    private StackPane root;
    private Button button;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        button = new Button("OK");
        button.setId("themeProbe");
        button.setDefaultButton(true);
        root = new StackPane(button);
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @AfterEach
    void backToLight() {
        WaitForAsyncUtils.asyncFx(Theme.LIGHT::apply);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void apply_dark_setsDarkStylesheetAndDarkGround(FxRobot robot) {
        Color lightGround = groundOf(root);

        robot.interact(Theme.DARK::apply);

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.stylesheet()).endsWith("kabinet-dark.css");
        Color darkGround = groundOf(root);
        assertThat(lightGround.getBrightness()).isGreaterThan(0.9);
        assertThat(darkGround.getBrightness()).isLessThan(0.2);
    }

    @Test
    void apply_light_defaultButtonIsKabinetTeal(FxRobot robot) {
        robot.interact(Theme.LIGHT::apply);

        assertThat(Application.getUserAgentStylesheet()).endsWith("kabinet-light.css");
        Color teal = groundOf(button);
        // Teal (resting or focused shade), not Primer's blue: more green than blue or red.
        assertThat(teal.getGreen()).isGreaterThan(teal.getRed()).isGreaterThan(teal.getBlue());
    }

    @Test
    void parse_unknownWord_isLight() {
        assertThat(Theme.parse("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.parse("sepia")).isEqualTo(Theme.LIGHT);
    }

    /** The top fill of a region after a fresh CSS pass: what the eye sees as its ground. */
    private static Color groundOf(Region region) {
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
            region.getScene().getRoot().applyCss();
            return null;
        });
        var fills = region.getBackground() == null ? null : region.getBackground().getFills();
        if (fills == null || fills.isEmpty()) {
            return groundOf((Region) region.getScene().getRoot());
        }
        return (Color) fills.get(fills.size() - 1).getFill();
    }
}
