package org.kabinet.ui.print;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.ButtonBar.ButtonData;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.stage.FileChooser;
import org.kabinet.ui.common.Folders;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.export.PdfPrinter;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.UserErrors;
import org.kabinet.ui.main.ScreenContext;

/**
 * What she can do with a sheet: print it, save it as a PDF where she likes, or open it in the
 * system's viewer. The PDF is written in the background; a temporary copy is readable by her
 * alone, because a sheet names a client.
 */
public final class SheetActions {

    /** Writes a sheet (or several, one PDF) to a file; returns how many sheets it holds. */
    @FunctionalInterface
    public interface Sheet {
        int write(Path out) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(SheetActions.class.getName());

    private final ScreenContext context;
    private final Messages messages;

    public SheetActions(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    /** Writes the sheet to a temporary file, shows the print dialog, then deletes the file. */
    public void print(Sheet sheet, String nothingKey) {
        context.executor().run(() -> writeTemp(sheet), written -> {
            if (written.count() == 0) {
                deleteQuietly(written.file());
                tell(AlertType.INFORMATION, nothingKey);
                return;
            }
            // The print dialog waits for her: not on the FX thread, not on the database worker.
            elsewhere("kabinet-print", () -> {
                try {
                    PdfPrinter.print(written.file());
                } finally {
                    deleteQuietly(written.file());
                }
            });
        }, this::failed);
    }

    /** Asks where to save, suggesting {@code fileName}, and writes the sheet there. */
    public void saveAsPdf(Sheet sheet, String fileName, String nothingKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("print.saveAs.title"));
        chooser.setInitialFileName(safe(fileName));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("print.pdfFiles"), "*.pdf"));
        var file = chooser.showSaveDialog(context.dialogs().owner());
        if (file == null) {
            return;
        }
        Path out = file.toPath();
        context.executor().run(() -> sheet.write(out), count -> {
            if (count == 0) {
                tell(AlertType.INFORMATION, nothingKey);
            }
        }, this::failed);
    }

    /** Writes the sheet to a temporary file and opens it in the system's PDF viewer. */
    public void open(Sheet sheet, String nothingKey) {
        if (!Folders.canOpen()) {
            tell(AlertType.INFORMATION, "print.open.unsupported");
            return;
        }
        context.executor().run(() -> writeTemp(sheet), written -> {
            if (written.count() == 0) {
                deleteQuietly(written.file());
                tell(AlertType.INFORMATION, nothingKey);
                return;
            }
            // The viewer reads the file after we return: it goes when the app closes.
            written.file().toFile().deleteOnExit();
            elsewhere("kabinet-open", () -> Desktop.getDesktop().open(written.file().toFile()));
        }, this::failed);
    }

    /**
     * A button that prints the sheet, with Save as PDF and Open in its menu. {@code sheet} and
     * {@code fileName} are asked for when she clicks, on the JavaFX thread, so they can read what
     * the screen shows then; the sheet they give is written in the background.
     */
    public SplitMenuButton button(String id, String textKey, Supplier<Sheet> sheet, Supplier<String> fileName,
            String nothingKey) {
        SplitMenuButton button = new SplitMenuButton();
        button.setId(id);
        button.setText(messages.get(textKey));
        button.setGraphic(Icons.of(Icon.PRINT));
        // What the sheet holds is settled here, on the JavaFX thread, before it is written elsewhere.
        button.setOnAction(e -> print(sheet.get(), nothingKey));
        MenuItem save = new MenuItem(messages.get("print.saveAs"));
        save.setId(id + "SaveAs");
        save.setOnAction(e -> saveAsPdf(sheet.get(), fileName.get(), nothingKey));
        MenuItem open = new MenuItem(messages.get("print.open"));
        open.setId(id + "Open");
        open.setOnAction(e -> open(sheet.get(), nothingKey));
        button.getItems().addAll(save, open);
        return button;
    }

    /** A file name without the characters file systems refuse. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private record Written(Path file, int count) {
    }

    private static Written writeTemp(Sheet sheet) throws Exception {
        Path file = ownerOnlyTempFile();
        try {
            return new Written(file, sheet.write(file));
        } catch (Exception | Error e) {
            deleteQuietly(file);
            throw e;
        }
    }

    static Path ownerOnlyTempFile() throws IOException {
        try {
            return Files.createTempFile("kabinet-sheet-", ".pdf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Path file = Files.createTempFile("kabinet-sheet-", ".pdf");
            var f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
            return file;
        }
    }

    private interface Job {
        void run() throws Exception;
    }

    private void elsewhere(String name, Job job) {
        Thread t = new Thread(() -> {
            try {
                job.run();
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "sheet action failed", e);
                Platform.runLater(() -> failed(e));
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private void failed(Throwable e) {
        String reason = e instanceof UnsupportedOperationException || e instanceof IOException
                ? messages.get("print.error.sheet") : UserErrors.describe(e, messages);
        context.dialogs().error(messages.get("print.error.title"), reason);
    }

    private void tell(AlertType type, String key) {
        context.dialogs().alert(type, messages.get("print.title"), messages.get(key),
                context.dialogs().button("button.ok", ButtonData.OK_DONE)).show();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "temporary sheet not deleted", e);
        }
    }
}
