package org.kabinet.ui.backup;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;

/** The passphrase an encrypted backup asks for: the field, "Open", and what was wrong, under the field. */
final class PassphrasePrompt {

    private final VBox root = new VBox(6);
    private final PasswordField field = new PasswordField();
    private final Label problem = new Label();

    /** {@code open} gets the passphrase typed, on Enter or "Open" (never an empty one). */
    PassphrasePrompt(Messages messages, Consumer<String> open) {
        Label ask = new Label(messages.get("restore.window.passphrase"));
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        field.setId("restorePassphrase");
        Button openButton = new Button(messages.get("restore.window.passphrase.open"));
        openButton.setId("restoreUnlock");
        Runnable submit = () -> {
            if (!field.getText().isEmpty()) {
                open.accept(field.getText());
            }
        };
        field.setOnAction(e -> submit.run());
        openButton.setOnAction(e -> submit.run());
        HBox.setHgrow(field, Priority.ALWAYS);
        problem.setId("restorePassphraseProblem");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-error");
        root.getChildren().setAll(ask, new HBox(8, field, openButton), problem);
        root.setId("restorePassphraseBox");
    }

    Node root() {
        return root;
    }

    /** Empty again, for another backup. */
    void clear() {
        field.clear();
        problem.setText("");
    }

    /** The passphrase did not open the backup: says so under the field, ready to be typed over. */
    void wrong(String text) {
        problem.setText(text);
        field.selectAll();
    }

    void focus() {
        field.requestFocus();
    }
}
