package org.kabinet.ui.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.BackupListing;
import org.kabinet.logic.BackupPreview;
import org.kabinet.logic.RestoreService;
import org.kabinet.logic.RuleException;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Restore from a backup…": the backups in the backup folder, newest first, or any file she
 * chooses. The one selected is checked in the background (SQLite's full integrity check) and what
 * it holds is shown before anything changes; an encrypted one asks for its passphrase first. Only
 * a backup that passed its check can be restored, and only after she confirms; the restore itself
 * is the window's (it closes the practice), through {@code restorer}.
 */
public final class RestoreDialog {

    private final ScreenContext context;
    private final Messages messages;
    private final RestoreTexts texts;
    private final Function<Window, File> chooser;
    private final BiConsumer<Path, Optional<String>> restorer;
    private final RestoreService service = new RestoreService(Clock.systemDefaultZone());

    private final Dialog<Void> dialog = new Dialog<>();
    private final Label folderLabel = new Label();
    private final ListView<BackupListing.Found> list = new ListView<>();
    private final HBox checking = new HBox(8);
    private final Label previewLabel = new Label();
    private final Label problemLabel = new Label();
    private final PassphrasePrompt prompt;
    private final ButtonType restoreType;
    private File lastChosenFolder;

    /** The backup being looked at, and what it holds once its check passed (else null). */
    private Path selected;
    private BackupPreview preview;
    private Optional<String> passphrase = Optional.empty();
    /** Which check is current: a result for a backup no longer selected is dropped. */
    private int checkNumber;

    /**
     * @param chooser in place of the file dialog (tests); null: the system's dialog
     * @param restorer restores the backup with its passphrase, closing and reopening the practice
     */
    public RestoreDialog(ScreenContext context, Function<Window, File> chooser,
            BiConsumer<Path, Optional<String>> restorer) {
        this.context = context;
        this.messages = context.messages();
        this.texts = new RestoreTexts(messages, context.dates());
        this.chooser = chooser != null ? chooser : this::askWhich;
        this.restorer = restorer;
        this.restoreType = context.dialogs().button("restore.window.restore", ButtonData.OK_DONE);
        this.prompt = new PassphrasePrompt(messages, typed -> {
            if (selected != null) {
                check(Optional.of(typed));
            }
        });
    }

    /**
     * Opens the dialog and reads the backup folder in the background. In the demo practice it says
     * why restore is not there instead: a restore replaces her own file, never the demo's.
     */
    public void show() {
        if (context.practice().isDemo()) {
            Alert refusal = context.dialogs().alert(AlertType.INFORMATION, messages.get("restore.window.demo.title"),
                    messages.get("restore.window.demo"), context.dialogs().button("button.ok", ButtonData.OK_DONE));
            refusal.getDialogPane().setId("restoreDemoRefusal");
            refusal.show();
            return;
        }
        build();
        dialog.show();
        var backups = context.practice().backups();
        context.executor().run(() -> {
            Path folder = backups.folder();
            return new Shelf(folder, BackupListing.in(folder));
        }, this::listed, context.onError());
    }

    private record Shelf(Path folder, List<BackupListing.Found> backups) {
    }

    private void build() {
        dialog.setTitle(messages.get("restore.window.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        folderLabel.setId("restoreFolder");
        folderLabel.setWrapText(true);
        list.setId("restoreList");
        list.setPrefSize(520, 220);
        list.setPlaceholder(new Label(messages.get("restore.window.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupListing.Found item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.row(item));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                select(now.file(), now.encrypted());
            }
        });
        Button chooseFile = new Button(messages.get("restore.window.chooseFile"));
        chooseFile.setId("restoreChooseFile");
        chooseFile.setOnAction(e -> chooseFile());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        checking.getChildren().setAll(spinner, new Label(messages.get("restore.window.checking")));
        checking.setAlignment(Pos.CENTER_LEFT);
        checking.setId("restoreChecking");
        previewLabel.setId("restorePreview");
        previewLabel.setWrapText(true);
        previewLabel.setText(messages.get("restore.window.pick"));
        problemLabel.setId("restoreProblem");
        problemLabel.setWrapText(true);
        problemLabel.getStyleClass().add("field-error");
        showOnly(previewLabel);

        VBox content = new VBox(10, folderLabel, list, chooseFile, new Separator(), checking, previewLabel,
                problemLabel, prompt.root());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(120);
        // A long refusal wraps onto more lines: the list gives way, the words are never cut off.
        for (Label l : List.of(folderLabel, previewLabel, problemLabel)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        content.setPadding(new Insets(16, 18, 6, 18));
        content.setPrefWidth(600);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("restoreDialog");
        ButtonType cancel = context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(restoreType, cancel);
        dialog.getDialogPane().lookupButton(cancel).setId("restoreCancel");
        Node restore = dialog.getDialogPane().lookupButton(restoreType);
        restore.setId("restoreButton");
        restore.setDisable(true);
        // The dialog stays open until she has confirmed: a "no" returns to the list.
        restore.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            confirmAndRestore();
        });
    }

    private void listed(Shelf shelf) {
        folderLabel.setText(messages.get("restore.window.folder", shelf.folder().toAbsolutePath()));
        list.getItems().setAll(shelf.backups());
    }

    private void chooseFile() {
        File file = chooser.apply(dialog.getDialogPane().getScene().getWindow());
        if (file == null) {
            return;
        }
        lastChosenFolder = file.getParentFile();
        list.getSelectionModel().clearSelection();
        // Whether it is encrypted is found by its check, in the background: the check asks for the passphrase.
        select(file.toPath(), false);
    }

    private File askWhich(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("restore.window.chooser.title"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("restore.window.chooser.backups"), "*.db", "*.enc"),
                new FileChooser.ExtensionFilter(messages.get("restore.window.chooser.all"), "*"));
        if (lastChosenFolder != null && lastChosenFolder.isDirectory()) {
            fc.setInitialDirectory(lastChosenFolder);
        }
        return fc.showOpenDialog(owner);
    }

    /** Looks at another backup: an encrypted one waits for its passphrase, any other is checked now. */
    private void select(Path backup, boolean encrypted) {
        selected = backup;
        passphrase = Optional.empty();
        prompt.clear();
        if (encrypted) {
            checkNumber++;
            askPassphrase();
        } else {
            check(Optional.empty());
        }
    }

    /** Checks the selected backup in the background; a large one takes seconds, and says so. */
    private void check(Optional<String> pass) {
        int number = ++checkNumber;
        Path backup = selected;
        preview = null;
        setRestorable(false);
        showOnly(checking);
        context.executor().run(() -> service.preview(backup, pass), shown -> {
            if (number == checkNumber) {
                passphrase = pass;
                preview = shown;
                previewLabel.setText(texts.holds(shown));
                showOnly(previewLabel);
                setRestorable(true);
            }
        }, error -> {
            if (number == checkNumber) {
                refused(error);
            }
        });
    }

    private void refused(Throwable error) {
        String key = error instanceof RuleException re ? re.messageKey() : "";
        if (key.equals("restore.passphraseNeeded")) {
            askPassphrase();
        } else if (key.equals("restore.passphraseWrong")) {
            askPassphrase();
            prompt.wrong(messages.get("restore.window.passphrase.wrong"));
        } else {
            problemLabel.setText(UserErrors.describe(error, messages));
            showOnly(problemLabel);
        }
    }

    private void askPassphrase() {
        showOnly(prompt.root());
        prompt.focus();
    }

    /** Shows one of: "Checking…", what the backup holds, why it was refused, the passphrase. */
    private void showOnly(Node shown) {
        for (Node n : List.of(checking, previewLabel, problemLabel, prompt.root())) {
            n.setVisible(n == shown);
            n.setManaged(n == shown);
        }
    }

    private void setRestorable(boolean can) {
        dialog.getDialogPane().lookupButton(restoreType).setDisable(!can);
    }

    private void confirmAndRestore() {
        if (preview == null) {
            return;
        }
        Path file = context.practice().file().toAbsolutePath();
        String text = messages.get("restore.window.confirm", file, file.getFileName(), texts.when(preview.madeAt()),
                preview.clients(), preview.sessions(), preview.notes());
        if (!context.dialogs().confirm(messages.get("restore.window.confirm.title"), text,
                "restore.window.confirm.button")) {
            return;
        }
        BackupPreview chosen = preview;
        Optional<String> pass = passphrase;
        dialog.close();
        restorer.accept(chosen.file(), pass);
    }
}
