package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.time.Clock;
import org.kabinet.storage.Database;

/**
 * Importing clients from the files practitioners have: read the file, guess the columns, show
 * what would happen, then write it all in one transaction. Call from a background thread.
 */
public final class ClientImportService {

    private final Database db;
    private final Clock clock;

    public ClientImportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Reads {@code file}, detecting its format, encoding and (for CSV) delimiter.
     *
     * @throws org.kabinet.logic.RuleException {@code clientImport.missing}, {@code clientImport.unreadable},
     *     {@code clientImport.empty} or {@code clientImport.unknownFormat}, with the file as argument
     */
    public ImportTable read(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The mapping guessed from the headers (Russian or English) and the format. */
    public ColumnMapping guess(ImportTable table) {
        throw new UnsupportedOperationException("TODO");
    }

    /** What {@link #importAll} would do, without writing. */
    public ImportPreview preview(ImportTable table, ColumnMapping mapping) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Writes every record the preview would import, all in one transaction, or none. */
    public ImportReport importAll(ImportTable table, ColumnMapping mapping) {
        throw new UnsupportedOperationException("TODO");
    }
}
