package org.kabinet.logic.clientimport;

import java.util.List;

/**
 * What importing {@code table} with {@code mapping} would do, record by record (the unreadable
 * records included, as rejected), computed without writing anything.
 */
public record ImportPreview(ImportTable table, ColumnMapping mapping, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long count(ImportRow.Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
