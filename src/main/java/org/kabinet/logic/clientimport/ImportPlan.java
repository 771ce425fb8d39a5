package org.kabinet.logic.clientimport;

import java.util.List;

/**
 * What an import will do, with what the preview does not show but the writing needs: for each
 * record to import, the new source to create (by name) and the earlier record that referred it.
 */
record ImportPlan(List<Step> steps) {

    /** One record: its row, the new source it needs ("" for none), the line of its referrer in the file (0 for none). */
    record Step(ImportRow row, String newSource, int referrerLine) {
    }

    List<ImportRow> rows() {
        return steps.stream().map(Step::row).toList();
    }
}
