package org.kabinet.ui.common;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kabinet.i18n.Messages;

/**
 * A small window over the main one while work that must not be disturbed and cannot be stopped
 * half-way runs in the background (loading a whole practice from JSON): it says what is going
 * on, and keeps clicks off the window until {@link #close()}. It appears only if the work takes
 * longer than a blink, so quick work does not flash it.
 */
public final class WorkingDialog {

    private static final Duration DELAY = Duration.millis(300);

    private final Stage stage = new Stage();
    private final PauseTransition delay = new PauseTransition(DELAY);
    private boolean closed;

    private WorkingDialog(Window owner, Messages messages, String id, String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(380);
        HBox box = new HBox(16, spinner, label);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(20, 24, 20, 20));
        box.getStyleClass().add("working-dialog");
        Scene scene = new Scene(box);
        scene.getStylesheets().add(WorkingDialog.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("polish.working.title"));
        stage.setResizable(false);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        // Closing it would not stop the work; the window stays until the work is done.
        stage.setOnCloseRequest(e -> e.consume());
        delay.setOnFinished(e -> {
            if (!closed) {
                stage.show();
            }
        });
    }

    /** Shows the dialog over {@code owner} unless it is closed within a blink. */
    public static WorkingDialog open(Window owner, Messages messages, String id, String text) {
        WorkingDialog dialog = new WorkingDialog(owner, messages, id, text);
        dialog.delay.play();
        return dialog;
    }

    /** The work is done (or failed): the dialog goes, or never appears. */
    public void close() {
        closed = true;
        delay.stop();
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
