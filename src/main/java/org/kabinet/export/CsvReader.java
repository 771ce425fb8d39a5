package org.kabinet.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets save it: comma, semicolon or tab (detected), quoted fields that hold
 * the delimiter or line breaks, {@code ""} for a quote. The first record is the header. A broken
 * record (a quote never closed, far more cells than the header) is reported with the line it
 * starts on and reading goes on with the next line: one bad line never costs the rest of the file.
 * Hand-made rather than Commons CSV because that parser gives up at the first unclosed quote.
 */
public final class CsvReader {

    /** Delimiters in the order preferred on a tie. */
    private static final char[] DELIMITERS = {';', ',', '\t'};
    /** Records looked at to choose the delimiter. */
    private static final int SAMPLE = 30;

    /** What was read: the delimiter, the records (the header first) and the broken ones. */
    public record Content(char delimiter, List<Record> records, List<Problem> problems) {
    }

    /** One record and the line of the file it starts on (1 for the first). */
    public record Record(int line, List<String> cells) {
    }

    /** A record that could not be read, and why. */
    public record Problem(int line, Kind kind) {
        public enum Kind {
            UNCLOSED_QUOTE,
            TOO_MANY_CELLS,
        }
    }

    private CsvReader() {
    }

    public static Content read(String text) {
        char delimiter = detectDelimiter(text);
        Content parsed = parse(text, delimiter, Integer.MAX_VALUE);
        if (parsed.records().isEmpty()) {
            return parsed;
        }
        int headers = parsed.records().get(0).cells().size();
        // A note typed to the right of a table is common; only a line that spills far past the
        // header is split wrongly (an unquoted delimiter, a line of another table).
        int allowed = headers + Math.max(2, headers / 2);
        List<Record> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(parsed.problems());
        for (Record r : parsed.records()) {
            if (filledWidth(r.cells()) > allowed) {
                problems.add(new Problem(r.line(), Problem.Kind.TOO_MANY_CELLS));
            } else {
                records.add(r);
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Content(delimiter, records, problems);
    }

    /** The candidate that splits the first records most consistently into as many cells as the header. */
    static char detectDelimiter(String text) {
        char best = ',';
        int bestConsistent = -1;
        int bestWidth = 1;
        for (char d : DELIMITERS) {
            List<Record> sample = parse(text, d, SAMPLE).records();
            if (sample.isEmpty() || sample.get(0).cells().size() < 2) {
                continue;
            }
            int width = sample.get(0).cells().size();
            int consistent = (int) sample.stream().filter(r -> r.cells().size() == width).count();
            if (consistent > bestConsistent || (consistent == bestConsistent && width > bestWidth)) {
                best = d;
                bestConsistent = consistent;
                bestWidth = width;
            }
        }
        return best;
    }

    private static int filledWidth(List<String> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }

    /** Splits up to {@code limit} records; blank lines are no records. */
    static Content parse(String text, char delimiter, int limit) {
        Cursor c = new Cursor(text);
        List<Record> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        while (!c.atEnd() && records.size() < limit) {
            int startLine = c.line;
            int startPos = c.pos;
            List<String> cells = c.record(delimiter);
            if (cells == null) {
                problems.add(new Problem(startLine, Problem.Kind.UNCLOSED_QUOTE));
                c.restartAfterLine(startPos, startLine);
            } else if (cells.stream().anyMatch(s -> !s.isBlank())) {
                records.add(new Record(startLine, cells));
            }
        }
        return new Content(delimiter, records, problems);
    }

    /** A position in the text and the line it is on. */
    private static final class Cursor {
        private final String text;
        private int pos;
        private int line = 1;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        /** The cells of the record at the cursor, or null when its quotes do not add up. */
        List<String> record(char delimiter) {
            List<String> cells = new ArrayList<>();
            while (true) {
                StringBuilder cell = new StringBuilder();
                if (pos < text.length() && text.charAt(pos) == '"' && !quoted(cell, delimiter)) {
                    return null;
                }
                while (pos < text.length() && !isEndOfCell(text.charAt(pos), delimiter)) {
                    cell.append(text.charAt(pos++));
                }
                cells.add(cell.toString().strip());
                if (pos >= text.length()) {
                    return cells;
                }
                char c = text.charAt(pos++);
                if (c == delimiter) {
                    continue;
                }
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return cells;
            }
        }

        /**
         * Reads a quoted field into {@code cell}. False when the quote is never closed, or is
         * closed by what is plainly the start of another record's quoted field (a line break
         * inside, then text straight after the closing quote).
         */
        private boolean quoted(StringBuilder cell, char delimiter) {
            int linesInside = 0;
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        cell.append('"');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    boolean cleanEnd = pos >= text.length() || isEndOfCell(text.charAt(pos), delimiter);
                    if (!cleanEnd && linesInside > 0) {
                        return false;
                    }
                    line += linesInside;
                    return true;
                }
                if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    pos++;
                    continue;
                }
                if (c == '\n' || c == '\r') {
                    linesInside++;
                    cell.append('\n');
                } else {
                    cell.append(c);
                }
                pos++;
            }
            return false;
        }

        private static boolean isEndOfCell(char c, char delimiter) {
            return c == delimiter || c == '\n' || c == '\r';
        }

        /** Skips the physical line a broken record starts on; reading goes on from the next. */
        void restartAfterLine(int startPos, int startLine) {
            int next = startPos;
            while (next < text.length() && text.charAt(next) != '\n' && text.charAt(next) != '\r') {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '\r' && next + 1 < text.length()
                    && text.charAt(next + 1) == '\n') {
                next++;
            }
            pos = Math.min(next + 1, text.length());
            line = startLine + 1;
        }
    }
}
