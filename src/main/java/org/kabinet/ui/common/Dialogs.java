package org.kabinet.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;

/**
 * Dialogs with buttons in the user's language: JavaFX's own OK/Cancel/Yes/No are English only,
 * so every dialog here carries buttons made from our bundles.
 */
public final class Dialogs {

    private final Messages messages;
    private Window owner;

    public Dialogs(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public ButtonType button(String key, ButtonData data) {
        return new ButtonType(messages.get(key), data);
    }

    /** Tells the user something went wrong, in words; never a stack trace. */
    public void error(String title, String text) {
        Alert alert = alert(AlertType.ERROR, title, text, button("button.ok", ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /** Asks a yes/no question; true when the user chose {@code confirmKey}. */
    public boolean confirm(String title, String text, String confirmKey) {
        ButtonType yes = button(confirmKey, ButtonData.OK_DONE);
        Alert alert = alert(AlertType.CONFIRMATION, title, text, yes,
                button("button.cancel", ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** What to do with unsaved edits: save them, throw them away, or stay where we are. */
    public enum UnsavedChoice { SAVE, DISCARD, STAY }

    public UnsavedChoice askAboutUnsavedChanges() {
        return askAboutUnsavedChanges(messages.get("unsaved.text"));
    }

    /**
     * The same question about another form's edits, {@code text} naming what holds them. Ids:
     * unsavedDialog, unsavedSaveButton, unsavedDiscardButton, unsavedStayButton.
     */
    public UnsavedChoice askAboutUnsavedChanges(String text) {
        ButtonType save = button("button.save", ButtonData.YES);
        ButtonType discard = button("button.discard", ButtonData.NO);
        ButtonType stay = button("button.cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = alert(AlertType.CONFIRMATION, messages.get("unsaved.title"), text, save, discard, stay);
        alert.getDialogPane().setId("unsavedDialog");
        alert.getDialogPane().lookupButton(save).setId("unsavedSaveButton");
        alert.getDialogPane().lookupButton(discard).setId("unsavedDiscardButton");
        alert.getDialogPane().lookupButton(stay).setId("unsavedStayButton");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(save::equals).isPresent()) {
            return UnsavedChoice.SAVE;
        }
        return answer.filter(discard::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.STAY;
    }

    /**
     * Asks for a line of text (a reason, a name); empty when cancelled. {@code fieldId} names the
     * text field for keyboard users and tests.
     */
    public Optional<String> askText(String title, String text, String initial, String confirmKey, String fieldId) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initOwner(owner);
        TextField field = new TextField(initial);
        field.setId(fieldId);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        VBox box = new VBox(8, label, field);
        dialog.getDialogPane().setContent(box);
        ButtonType ok = button(confirmKey, ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, button("button.cancel", ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }

    public Alert alert(AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setMinWidth(440);
        alert.getDialogPane().lookupAll(".content").forEach(n -> {
            if (n instanceof Label l) {
                l.setWrapText(true);
            }
        });
        return alert;
    }

    /**
     * Says that a file was written: {@code text}, OK, and "Open folder" ({@code openFolderKey})
     * when there is a {@code folder} and the system can open one. Ids: {@code id + "Dialog"},
     * {@code id + "Ok"}, {@code id + "OpenFolder"}. Shown without waiting.
     */
    public void written(String id, String title, String text, String openFolderKey, Path folder) {
        ButtonType ok = button("button.ok", ButtonData.OK_DONE);
        ButtonType open = button(openFolderKey, ButtonData.OTHER);
        boolean canOpen = folder != null && Folders.canOpen();
        Alert alert = canOpen ? alert(AlertType.INFORMATION, title, text, open, ok)
                : alert(AlertType.INFORMATION, title, text, ok);
        alert.getDialogPane().setId(id + "Dialog");
        alert.getDialogPane().lookupButton(ok).setId(id + "Ok");
        if (canOpen) {
            alert.getDialogPane().lookupButton(open).setId(id + "OpenFolder");
            alert.setOnHidden(e -> {
                if (alert.getResult() == open) {
                    Folders.open(folder);
                }
            });
        }
        alert.show();
    }

    /**
     * Makes {@code save} run {@code save} instead of closing {@code dialog} at once: the dialog
     * closes, with {@code save} as its result, only when the work calls back (once everything is
     * checked and written), then {@code onSaved} runs. A refusal leaves it open with its messages.
     */
    public static void closeOnceSaved(Dialog<ButtonType> dialog, ButtonType save,
            java.util.function.Consumer<Runnable> saving, Runnable onSaved) {
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            saving.accept(() -> {
                dialog.setResult(save);
                dialog.close();
                onSaved.run();
            });
        });
    }

    public Window owner() {
        return owner;
    }
}
