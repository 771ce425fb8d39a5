package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.util.List;

/**
 * A file read as a table, before anything is written: its format and encoding as detected, the
 * headers (for a vCard, one column per kind of property Kabinet reads) and its records.
 * {@code unreadable} holds the records that could not even be split into cells (a quote never
 * closed), each reported, never fatal.
 */
public record ImportTable(Path file, ImportFormat format, String encoding, List<String> headers,
        List<ImportLine> lines, List<ImportRow> unreadable) {

    public ImportTable {
        headers = List.copyOf(headers);
        lines = List.copyOf(lines);
        unreadable = List.copyOf(unreadable);
    }
}
