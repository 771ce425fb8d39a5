package org.kabinet.logic.clientimport;

import java.util.List;
import java.util.Optional;
import org.kabinet.model.Client;

/**
 * What becomes of one record: imported as {@code client}, skipped as a duplicate, or rejected.
 * {@code reasonKey} (with {@code reasonArgs}) says why in the user's language for a skipped or
 * rejected record, and for an imported one that needs a remark ("the referrer was not found"); it
 * is empty otherwise.
 */
public record ImportRow(int line, Outcome outcome, Optional<Client> client, String reasonKey, List<Object> reasonArgs) {

    public enum Outcome {
        IMPORT,
        DUPLICATE,
        REJECTED,
    }

    public ImportRow {
        reasonArgs = List.copyOf(reasonArgs);
    }
}
