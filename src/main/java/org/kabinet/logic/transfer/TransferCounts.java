package org.kabinet.logic.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows of each table an export wrote or an import stored, in the file's table order. */
public record TransferCounts(Map<String, Long> rows) {

    public TransferCounts {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long of(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long clients() {
        return of("client");
    }

    public long sessions() {
        return of("session");
    }

    public long notes() {
        return of("note");
    }

    public long homework() {
        return of("homework");
    }

    public long contacts() {
        return of("contact");
    }

    /** Rows of every table together. */
    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
