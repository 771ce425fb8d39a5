package org.kabinet.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kabinet.ProcessClock;

/**
 * The yardstick for Kabinet's start-up: the plainest JavaFX window of the same size, timed the
 * same way (process start to the first frame on screen). Started by the {@code bench} command
 * and {@code bench/startup.sh}.
 */
public final class BareWindowProbe {

    private BareWindowProbe() {
    }

    /** Not an Application itself, so that a plain class path can start it (like Kabinet's Main). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("bare")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            int[] pulses = {0};
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (++pulses[0] < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(listener[0]);
                System.out.println("ready in " + ProcessClock.millisSinceStart() + " ms");
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
