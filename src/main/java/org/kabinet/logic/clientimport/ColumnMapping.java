package org.kabinet.logic.clientimport;

import java.util.ArrayList;
import java.util.List;

/** Which card field each column of an {@link ImportTable} goes to, one per header, in order. */
public record ColumnMapping(List<ClientField> fields) {

    public ColumnMapping {
        fields = List.copyOf(fields);
    }

    public ClientField of(int column) {
        return column < fields.size() ? fields.get(column) : ClientField.SKIP;
    }

    /** This mapping with {@code column} sent to {@code field} instead. */
    public ColumnMapping with(int column, ClientField field) {
        List<ClientField> changed = new ArrayList<>(fields);
        changed.set(column, field);
        return new ColumnMapping(changed);
    }
}
