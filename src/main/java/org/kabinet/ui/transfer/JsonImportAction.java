package org.kabinet.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.transfer.TransferCounts;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.common.WorkingDialog;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Import from JSON…" in the data menu: only into a practice with no clients (anything else would
 * mix two practices up), then the window opens the practice again to show what came in.
 */
public final class JsonImportAction {

    private final ScreenContext context;
    private final Messages messages;
    private final Function<Window, File> chooser;
    private final Runnable reload;

    /**
     * @param chooser in place of the open dialog (tests); null: the system's dialog
     * @param reload opens the practice again once the import is done
     */
    public JsonImportAction(ScreenContext context, Function<Window, File> chooser, Runnable reload) {
        this.context = context;
        this.messages = context.messages();
        this.chooser = chooser != null ? chooser : this::askWhich;
        this.reload = reload;
    }

    /** Checks that the practice is empty, then asks for the file and imports it. */
    public void importJson() {
        context.executor().run(() -> context.practice().jsonTransfer().canImport(), empty -> {
            if (empty) {
                chooseAndImport();
            } else {
                notEmpty();
            }
        }, this::failed);
    }

    private void notEmpty() {
        ButtonType ok = context.dialogs().button("button.ok", ButtonData.OK_DONE);
        Alert alert = context.dialogs().alert(AlertType.INFORMATION, messages.get("json.import.notEmpty.title"),
                messages.get("json.import.notEmpty"), ok);
        alert.getDialogPane().setId("jsonImportNotEmpty");
        alert.show();
    }

    private void chooseAndImport() {
        File file = chooser.apply(context.dialogs().owner());
        if (file == null) {
            return;
        }
        Path source = file.toPath();
        if (!context.dialogs().confirm(messages.get("json.import.confirm.title"),
                messages.get("json.import.confirm.text", source.toAbsolutePath()), "json.import.button")) {
            return;
        }
        // One transaction: nothing to stop half-way, and nothing in the window may be touched meanwhile.
        WorkingDialog working = WorkingDialog.open(context.dialogs().owner(), messages, "jsonImportWorking",
                messages.get("polish.json.importing"));
        context.executor().run(() -> context.practice().jsonTransfer().importInto(source), counts -> {
            working.close();
            done(source, counts);
        }, e -> {
            working.close();
            failed(e);
        });
    }

    private File askWhich(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("json.import.chooser.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("json.export.filter"), "*.json"));
        return fc.showOpenDialog(owner);
    }

    private void done(Path source, TransferCounts counts) {
        ButtonType ok = context.dialogs().button("button.ok", ButtonData.OK_DONE);
        Alert alert = context.dialogs().alert(AlertType.INFORMATION, messages.get("json.import.done.title"),
                messages.get("json.import.done", source.toAbsolutePath(), counts.clients(), counts.sessions(),
                        counts.notes(), counts.homework(), counts.contacts(), counts.total()), ok);
        alert.getDialogPane().setId("jsonImportDoneDialog");
        alert.getDialogPane().lookupButton(ok).setId("jsonImportDoneOk");
        alert.setOnHidden(e -> reload.run());
        alert.show();
    }

    private void failed(Throwable e) {
        context.dialogs().error(messages.get("json.import.error.title"), UserErrors.describe(e, messages));
    }
}
