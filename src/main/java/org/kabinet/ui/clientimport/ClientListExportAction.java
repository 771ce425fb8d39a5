package org.kabinet.ui.clientimport;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * "Export list (CSV)…" on the Clients screen: the clients the list shows, in its order, to a CSV
 * file Excel opens with Cyrillic intact; written in the background, then a message says where.
 */
public final class ClientListExportAction {

    private static final Logger LOG = Logger.getLogger(ClientListExportAction.class.getName());

    /** What writes the file: the practice's {@code ClientListExport}, or a test's stand-in. */
    @FunctionalInterface
    public interface ListWriter {
        int write(List<Long> clientIds, Path out, Language language);
    }

    private final ScreenContext context;
    private final Messages messages;
    private final Supplier<List<Long>> shownIds;
    private final Supplier<LocalDate> today;
    private final ListWriter writer;
    private final Function<Window, File> chooser;
    private File lastFolder;

    /** With the practice's export and the system's save dialog. */
    public ClientListExportAction(ScreenContext context, Supplier<List<Long>> shownIds, Supplier<LocalDate> today) {
        this(context, shownIds, today, (ids, out, language) -> context.practice().clientListExport().write(ids, out,
                language), null);
    }

    /** {@code chooser} in place of the save dialog (tests); null: the system's dialog. */
    public ClientListExportAction(ScreenContext context, Supplier<List<Long>> shownIds, Supplier<LocalDate> today,
            ListWriter writer, Function<Window, File> chooser) {
        this.context = context;
        this.messages = context.messages();
        this.shownIds = shownIds;
        this.today = today;
        this.writer = writer;
        this.chooser = chooser != null ? chooser : this::askWhere;
    }

    /** Makes {@code b} the "Export list (CSV)…" button. */
    public void attach(Button b) {
        b.setText(messages.get("clientsExport.button"));
        Tooltips.set(b, messages.get("clientsExport.button.tooltip"));
        b.setOnAction(e -> export());
    }

    public void export() {
        // Taken now, on the FX thread: the list as she sees it when she clicks.
        List<Long> ids = List.copyOf(shownIds.get());
        File file = chooser.apply(context.dialogs().owner());
        if (file == null) {
            return;
        }
        lastFolder = file.getAbsoluteFile().getParentFile();
        Path out = file.toPath();
        Language language = messages.language();
        context.executor().run(() -> writer.write(ids, out, language), written -> done(out, written), this::failed);
    }

    private File askWhere(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("clientsExport.chooser.title"));
        fc.setInitialFileName(messages.get("clientsExport.fileName", today.get().toString()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("clientsExport.files"), "*.csv"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc.showSaveDialog(owner);
    }

    private void done(Path out, int written) {
        LOG.info(() -> "client list exported: " + written + " clients");
        context.dialogs().written("clientsExportDone", messages.get("clientsExport.done.title"),
                messages.get("clientsExport.done", written, out.toAbsolutePath()), "clientsExport.openFolder",
                out.toAbsolutePath().getParent());
    }

    private void failed(Throwable e) {
        context.dialogs().error(messages.get("clientsExport.error.title"), UserErrors.describe(e, messages));
    }
}
