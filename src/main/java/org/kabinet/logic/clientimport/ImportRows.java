package org.kabinet.logic.clientimport;

import java.util.List;
import java.util.Optional;
import org.kabinet.model.Client;

/** Short ways to make the {@link ImportRow}s of each outcome. */
final class ImportRows {

    private ImportRows() {
    }

    static ImportRow rejected(int line, String reasonKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.REJECTED, Optional.empty(), reasonKey, List.of(args));
    }

    static ImportRow duplicate(int line, Client client, String reasonKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.DUPLICATE, Optional.of(client), reasonKey, List.of(args));
    }

    static ImportRow imported(int line, Client client, String remarkKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.IMPORT, Optional.of(client), remarkKey, List.of(args));
    }
}
