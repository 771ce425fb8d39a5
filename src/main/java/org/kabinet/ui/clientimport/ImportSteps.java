package org.kabinet.ui.clientimport;

import java.nio.file.Path;
import org.kabinet.logic.clientimport.ClientImportService;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportTable;

/**
 * The steps of an import as the window takes them, one call each, always in the background: the
 * practice's {@link ClientImportService}, or a test's own stand-in (the service is a final class).
 */
public interface ImportSteps {

    ImportTable read(Path file);

    ColumnMapping guess(ImportTable table);

    ImportPreview preview(ImportTable table, ColumnMapping mapping);

    ImportReport importAll(ImportTable table, ColumnMapping mapping);

    /** The steps of the practice's own service. */
    static ImportSteps of(ClientImportService service) {
        return new ImportSteps() {
            @Override
            public ImportTable read(Path file) {
                return service.read(file);
            }

            @Override
            public ColumnMapping guess(ImportTable table) {
                return service.guess(table);
            }

            @Override
            public ImportPreview preview(ImportTable table, ColumnMapping mapping) {
                return service.preview(table, mapping);
            }

            @Override
            public ImportReport importAll(ImportTable table, ColumnMapping mapping) {
                return service.importAll(table, mapping);
            }
        };
    }
}
