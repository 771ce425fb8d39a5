package org.kabinet.logic.clientimport;

import java.util.List;

/**
 * One record of an imported file: its cells, one per header, and the line of the file it starts
 * on (1 for the first line; for a vCard, the line of its BEGIN:VCARD), so a report can point at it.
 */
public record ImportLine(int line, List<String> cells) {

    public ImportLine {
        cells = List.copyOf(cells);
    }

    /** The cell in {@code column}, or "" when the line is shorter than the header. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
