package org.kabinet.ui.clientimport;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kabinet.logic.clientimport.ClientField;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The import window's state: the file read, the mapping she adjusts, the preview it gives, and,
 * once imported, the report. Nothing is written before {@link #importAll}; every step runs in the
 * background, and a failed step leaves the window where it was.
 */
public final class ClientImportViewModel {

    private static final Logger LOG = Logger.getLogger(ClientImportViewModel.class.getName());

    /** Where the window is: choosing a file, reading it, looking at the preview, importing, done. */
    public enum Step { CHOOSE, READING, PREVIEW, IMPORTING, DONE }

    private final ImportSteps steps;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObjectProperty<ImportTable> table = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    /** True while a preview for a changed mapping is being worked out. */
    private final BooleanProperty previewing = new SimpleBooleanProperty(false);
    private final LongBinding willImport;
    private final BooleanBinding canImport;

    public ClientImportViewModel(ImportSteps steps, TaskExecutor executor, Consumer<Throwable> onError) {
        this.steps = steps;
        this.executor = executor;
        this.onError = onError;
        this.willImport = Bindings.createLongBinding(() -> count(ImportRow.Outcome.IMPORT), preview);
        this.canImport = step.isEqualTo(Step.PREVIEW).and(previewing.not()).and(willImport.greaterThan(0));
    }

    /** Reads {@code file}, guesses its columns and previews the guess; the step before stays on failure. */
    public void read(Path file) {
        Step before = step.get();
        step.set(Step.READING);
        executor.run(() -> {
            ImportTable read = steps.read(file);
            ColumnMapping guessed = steps.guess(read);
            return steps.preview(read, guessed);
        }, shown -> {
            LOG.info(() -> "import file read: " + shown.table().format() + ", " + shown.rows().size() + " records");
            // The mapping first: the mapping grid rebuilds its rows when the table changes.
            mapping.set(shown.mapping());
            table.set(shown.table());
            previewing.set(false);
            preview.set(shown);
            report.set(null);
            step.set(Step.PREVIEW);
        }, e -> {
            step.set(before);
            onError.accept(e);
        });
    }

    /** Sends {@code column} to {@code field} and works out the preview again. */
    public void remap(int column, ClientField field) {
        ColumnMapping current = mapping.get();
        if (current == null || current.of(column) == field) {
            return;
        }
        ColumnMapping changed = current.with(column, field);
        ImportTable read = table.get();
        mapping.set(changed);
        previewing.set(true);
        executor.run(() -> steps.preview(read, changed), shown -> {
            // A later change wins: an answer for a mapping she has since changed again is stale.
            if (changed.equals(mapping.get())) {
                preview.set(shown);
                previewing.set(false);
            }
        }, e -> {
            if (changed.equals(mapping.get())) {
                previewing.set(false);
            }
            onError.accept(e);
        });
    }

    /** Writes what the preview shows, in one transaction; {@code imported} runs once it is in the file. */
    public void importAll(Runnable imported) {
        if (!canImport.get()) {
            return;
        }
        ImportPreview shown = preview.get();
        step.set(Step.IMPORTING);
        executor.run(() -> steps.importAll(shown.table(), shown.mapping()), done -> {
            LOG.info(() -> "clients imported: " + done.imported() + ", skipped " + done.skipped().size()
                    + ", rejected " + done.rejected().size());
            report.set(done);
            step.set(Step.DONE);
            imported.run();
        }, e -> {
            step.set(Step.PREVIEW);
            onError.accept(e);
        });
    }

    private long count(ImportRow.Outcome outcome) {
        ImportPreview shown = preview.get();
        return shown == null ? 0 : shown.count(outcome);
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public ObjectProperty<ImportTable> table() {
        return table;
    }

    public ObjectProperty<ColumnMapping> mapping() {
        return mapping;
    }

    public ObjectProperty<ImportPreview> preview() {
        return preview;
    }

    public ObjectProperty<ImportReport> report() {
        return report;
    }

    public BooleanProperty previewing() {
        return previewing;
    }

    /** How many records the preview would import. */
    public LongBinding willImport() {
        return willImport;
    }

    /** Whether Import may be pressed: a current preview with something to import, nothing running. */
    public BooleanBinding canImport() {
        return canImport;
    }
}
