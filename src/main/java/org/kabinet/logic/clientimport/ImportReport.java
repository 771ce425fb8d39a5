package org.kabinet.logic.clientimport;

import java.util.List;

/** What an import did: how many cards it wrote, and every record it skipped or rejected, with why. */
public record ImportReport(int imported, List<ImportRow> skipped, List<ImportRow> rejected) {

    public ImportReport {
        skipped = List.copyOf(skipped);
        rejected = List.copyOf(rejected);
    }
}
