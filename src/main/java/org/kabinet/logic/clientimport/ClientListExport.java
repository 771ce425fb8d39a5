package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.util.List;
import org.kabinet.i18n.Language;
import org.kabinet.storage.Database;

/**
 * The client list as a CSV file that Excel opens correctly with Cyrillic: UTF-8 with a byte
 * order mark, headers in the user's language. Call from a background thread.
 */
public final class ClientListExport {

    private final Database db;

    public ClientListExport(Database db) {
        this.db = db;
    }

    /**
     * Writes the cards of {@code clientIds}, in that order, to {@code out} (all or nothing).
     *
     * @return how many clients were written
     * @throws org.kabinet.export.ExportException when the file cannot be written
     */
    public int write(List<Long> clientIds, Path out, Language language) {
        throw new UnsupportedOperationException("TODO");
    }
}
