package org.kabinet.ui.transfer;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.transfer.TransferCounts;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Export everything (JSON)…" in the data menu: asks where, asks whether private notes go too
 * (they do not unless she ticks it), writes the file in the background and says what it holds.
 */
public final class JsonExportAction {

    private final ScreenContext context;
    private final Messages messages;
    private final Function<Window, File> chooser;
    private File lastFolder;
    private MenuItem item;

    /** With {@code chooser} in place of the save dialog (tests); null: the system's dialog. */
    public JsonExportAction(ScreenContext context, Function<Window, File> chooser) {
        this.context = context;
        this.messages = context.messages();
        this.chooser = chooser != null ? chooser : this::askWhere;
    }

    /** Makes {@code menuItem} start the export. */
    public void attach(MenuItem menuItem) {
        this.item = menuItem;
        menuItem.setOnAction(e -> exportJson());
    }

    /** Asks where and what, then exports. */
    public void exportJson() {
        File target = chooser.apply(context.dialogs().owner());
        if (target == null) {
            return;
        }
        lastFolder = target.getAbsoluteFile().getParentFile();
        confirm(target.toPath());
    }

    private File askWhere(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("json.export.chooser.title"));
        fc.setInitialFileName(messages.get("json.export.fileName"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("json.export.filter"), "*.json"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc.showSaveDialog(owner);
    }

    /** What goes in, with private notes left out unless she ticks them in. */
    private void confirm(Path target) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(messages.get("json.export.confirm.title"));
        dialog.initOwner(context.dialogs().owner());
        Label text = new Label(messages.get("json.export.confirm.text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        CheckBox includePrivate = new CheckBox(messages.get("json.export.includePrivate"));
        includePrivate.setId("includePrivateCheck");
        includePrivate.setSelected(false);
        dialog.getDialogPane().setContent(new VBox(14, text, includePrivate));
        dialog.getDialogPane().setId("jsonExportConfirm");
        ButtonType export = context.dialogs().button("json.export.button", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export,
                context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(export).setId("jsonExportConfirmButton");
        dialog.setResultConverter(b -> b == export ? includePrivate.isSelected() : null);
        dialog.setOnHidden(e -> {
            Boolean withPrivate = dialog.getResult();
            if (withPrivate != null) {
                run(target, withPrivate);
            }
        });
        dialog.show();
    }

    private void run(Path target, boolean includePrivate) {
        setRunning(true);
        context.executor().run(() -> context.practice().jsonTransfer().export(target, includePrivate),
                counts -> done(target, includePrivate, counts), this::failed);
    }

    private void setRunning(boolean running) {
        if (item != null) {
            item.setDisable(running);
            item.setText(messages.get(running ? "json.export.running" : "data.exportJson"));
        }
    }

    private void done(Path target, boolean includePrivate, TransferCounts counts) {
        setRunning(false);
        String text = messages.get("json.export.done", target.toAbsolutePath(), counts.clients(), counts.sessions(),
                counts.notes(), counts.homework(), counts.contacts(), counts.total()) + "\n"
                + messages.get(includePrivate ? "json.export.done.private" : "json.export.done.noPrivate");
        context.dialogs().written("jsonExportDone", messages.get("json.export.done.title"), text,
                "json.export.openFolder", target.toAbsolutePath().getParent());
    }

    private void failed(Throwable e) {
        setRunning(false);
        context.dialogs().error(messages.get("json.export.error.title"), UserErrors.describe(e, messages));
    }
}
