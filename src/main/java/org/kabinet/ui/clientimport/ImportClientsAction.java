package org.kabinet.ui.clientimport;

import java.io.File;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Import clients…" on the Clients screen: opens the import window with the practice's service and
 * the system's file dialog, which starts where the last file was chosen.
 */
public final class ImportClientsAction {

    private final ScreenContext context;
    private final Messages messages;
    private final Runnable imported;
    private File lastFolder;

    /** {@code imported} runs after each import, so the client list reads the new cards. */
    public ImportClientsAction(ScreenContext context, Runnable imported) {
        this.context = context;
        this.messages = context.messages();
        this.imported = imported;
    }

    /** Makes {@code b} the "Import clients…" button. */
    public void attach(Button b) {
        b.setText(messages.get("clientImport.window.button"));
        Tooltips.set(b, messages.get("clientImport.window.button.tooltip"));
        b.setOnAction(e -> open());
    }

    public void open() {
        new ClientImportWindow(context, ImportSteps.of(context.practice().clientImport()), this::askWhich, imported)
                .show();
    }

    private File askWhich(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("clientImport.window.chooser.title"));
        // Both kinds first: the usual file is either, and a filter that hides it looks like a missing file.
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("clientImport.window.files.any"), "*.csv", "*.txt", "*.vcf"),
                new FileChooser.ExtensionFilter(messages.get("clientImport.window.files.spreadsheets"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("clientImport.window.files.contacts"), "*.vcf"),
                new FileChooser.ExtensionFilter(messages.get("clientImport.window.files.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        File file = fc.showOpenDialog(owner);
        if (file != null) {
            lastFolder = file.getAbsoluteFile().getParentFile();
        }
        return file;
    }
}
