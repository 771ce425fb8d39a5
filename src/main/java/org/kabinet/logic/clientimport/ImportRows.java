package org.kabinet.logic.clientimport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.Client;

/** Short ways to make the {@link ImportRow}s of each outcome. */
final class ImportRows {

    private ImportRows() {
    }

    /** The longest piece of a cell a reason quotes: enough to find it, short enough for a line. */
    static final int MAX_QUOTED = 40;

    static ImportRow rejected(int line, String reasonKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.REJECTED, Optional.empty(), reasonKey, quoted(args));
    }

    /**
     * The cells a reason quotes, made fit to show: a 100 KB cell would make the report (and the
     * command line's output) unreadable, and a control character in it (an escape sequence) would
     * reach her terminal; so it is cut to {@link #MAX_QUOTED} characters and controls become U+FFFD.
     */
    static List<Object> quoted(Object... args) {
        return Arrays.stream(args).map(a -> a instanceof String s ? quote(s) : a).toList();
    }

    private static String quote(String cell) {
        String s = cell.strip();
        boolean cut = s.codePointCount(0, s.length()) > MAX_QUOTED;
        StringBuilder shown = new StringBuilder();
        s.codePoints().limit(MAX_QUOTED)
                .map(c -> Character.isISOControl(c) || c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c)
                .forEach(shown::appendCodePoint);
        return cut ? shown.append('…').toString() : shown.toString();
    }

    static ImportRow duplicate(int line, Client client, String reasonKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.DUPLICATE, Optional.of(client), reasonKey, List.of(args));
    }

    static ImportRow imported(int line, Client client, String remarkKey, Object... args) {
        return new ImportRow(line, ImportRow.Outcome.IMPORT, Optional.of(client), remarkKey, List.of(args));
    }
}
