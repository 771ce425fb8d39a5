package org.kabinet.ui.backup;

import java.io.File;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.storage.BackupFiles;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Back up now…" at the foot of the sidebar: asks for a folder (a USB stick, a synced folder),
 * makes a checked backup there in the background, and says where it went and what it holds.
 */
public final class BackupAction {


    private final ScreenContext context;
    private final Messages messages;
    private final Function<Window, File> chooser;
    private final Runnable made;
    private File lastFolder;
    private Button button;

    /** With {@code chooser} in place of the folder dialog (tests); null: the system's dialog. */
    public BackupAction(ScreenContext context, Function<Window, File> chooser) {
        this(context, chooser, () -> { });
    }

    /** {@code made} runs after each backup made, so the status bar can say when. */
    public BackupAction(ScreenContext context, Function<Window, File> chooser, Runnable made) {
        this.context = context;
        this.messages = context.messages();
        this.chooser = chooser != null ? chooser : this::askWhere;
        this.made = made;
    }

    /** Makes {@code b} the "Back up now…" button. */
    public void attach(Button b) {
        this.button = b;
        b.setText(messages.get("backup.button"));
        b.setGraphic(Icons.of(Icon.BACKUP));
        Tooltips.set(b, messages.get("backup.button.tooltip"));
        b.setOnAction(e -> backUp());
    }

    /** Asks for the folder, then backs up into it. */
    public void backUp() {
        File folder = chooser.apply(context.dialogs().owner());
        if (folder == null) {
            return;
        }
        lastFolder = folder;
        button.setDisable(true);
        button.setText(messages.get("backup.running"));
        context.executor().run(() -> context.practice().backups().backUp(folder.toPath(), (pages, of) -> { }),
                this::done, this::failed);
    }

    private File askWhere(Window owner) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(messages.get("backup.chooser.title"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            dc.setInitialDirectory(lastFolder);
        }
        return dc.showDialog(owner);
    }

    private void settle() {
        button.setDisable(false);
        button.setText(messages.get("backup.button"));
    }

    private void done(BackupFiles.Written written) {
        settle();
        made.run();
        String text = messages.get("backup.done", written.file().toAbsolutePath(),
                written.counts().getOrDefault("clients", 0L), written.counts().getOrDefault("sessions", 0L),
                written.counts().getOrDefault("notes", 0L));
        context.dialogs().written("backupDone", messages.get("backup.done.title"), text, "backup.openFolder",
                written.file().toAbsolutePath().getParent());
    }

    private void failed(Throwable e) {
        settle();
        context.dialogs().error(messages.get("backup.error.title"), UserErrors.describe(e, messages));
    }
}
