package org.kabinet.ui.lock;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AppLockService;
import org.kabinet.ui.common.AppIcons;
import org.kabinet.ui.common.TaskExecutor;

/**
 * What the window shows while Kabinet is locked: its icon, "Kabinet is locked", the passphrase
 * field and Unlock. The check is slow on purpose, so it runs in the background with the field and
 * the button disabled; a wrong passphrase is said under the field, and after a few wrong tries each
 * next try waits a little longer.
 */
final class LockScreen {

    private final Messages messages;
    private final TaskExecutor executor;
    private final AppLockService service;
    private final Runnable onUnlocked;
    private final StackPane root = new StackPane();
    private final PasswordField passphrase = new PasswordField();
    private final Button unlock = new Button();
    private final Label error = new Label();
    private final BooleanProperty waiting = new SimpleBooleanProperty(false);
    private final PauseTransition pause = new PauseTransition();
    private int wrongTries;

    LockScreen(Messages messages, TaskExecutor executor, AppLockService service, Runnable onUnlocked) {
        this.messages = messages;
        this.executor = executor;
        this.service = service;
        this.onUnlocked = onUnlocked;
        build();
    }

    private void build() {
        root.setId("lockScreen");
        root.getStyleClass().add("lock-screen");
        Label title = new Label(messages.get("lock.title"));
        title.setId("lockTitle");
        title.getStyleClass().add("title-2");
        Label hint = new Label(messages.get("lock.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        passphrase.setId("lockPassphraseField");
        passphrase.setPromptText(messages.get("lock.passphrase.prompt"));
        passphrase.setMaxWidth(320);
        passphrase.setOnAction(e -> tryUnlock());
        passphrase.disableProperty().bind(waiting);
        error.setId("lockErrorLabel");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(320);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        unlock.setId("unlockButton");
        unlock.setText(messages.get("lock.unlock"));
        unlock.getStyleClass().add("accent");
        unlock.setDefaultButton(true);
        unlock.setOnAction(e -> tryUnlock());
        unlock.disableProperty().bind(waiting);
        VBox box = new VBox(14, AppIcons.view(72), title, hint, passphrase, error, unlock);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        root.getChildren().add(box);
    }

    StackPane root() {
        return root;
    }

    /** Ready for the passphrase: empty, with the cursor in it. */
    void reset() {
        passphrase.clear();
        error.setText("");
        passphrase.requestFocus();
    }

    void focus() {
        passphrase.requestFocus();
    }

    private void tryUnlock() {
        if (waiting.get()) {
            return;
        }
        String attempt = passphrase.getText();
        if (attempt.isEmpty()) {
            error.setText(messages.get("lock.empty"));
            return;
        }
        waiting.set(true);
        error.setText(messages.get("lock.checking"));
        executor.run(() -> service.unlocks(attempt), this::checked, e -> checked(false));
    }

    private void checked(boolean right) {
        if (right) {
            wrongTries = 0;
            waiting.set(false);
            passphrase.clear();
            error.setText("");
            onUnlocked.run();
            return;
        }
        wrongTries++;
        passphrase.clear();
        Duration wait = AppLockService.waitAfter(wrongTries);
        if (wait.isZero()) {
            error.setText(messages.get("lock.wrong"));
            waiting.set(false);
            passphrase.requestFocus();
            return;
        }
        error.setText(messages.get("lock.wrongWait", wait.toSeconds()));
        pause.setDuration(javafx.util.Duration.millis(wait.toMillis()));
        pause.setOnFinished(e -> {
            waiting.set(false);
            error.setText(messages.get("lock.wrong"));
            passphrase.requestFocus();
        });
        pause.playFromStart();
    }

    /** How many wrong passphrases in a row (for tests). */
    int wrongTries() {
        return wrongTries;
    }
}
