package org.kabinet.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of text with the words that matched a search marked, as a list of parts. Written in one
 * string with {@link #START} and {@link #END} around each match (characters of Unicode's private
 * use area, which nobody types), as SQLite's snippet() hands it over.
 */
public record Snippet(List<Part> parts) {

    public static final char START = '\uE000';
    public static final char END = '\uE001';

    /** A run of text, matched or not. */
    public record Part(String text, boolean match) {
    }

    public Snippet {
        parts = List.copyOf(parts);
    }

    public static Snippet plain(String text) {
        return new Snippet(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
    }

    /** Reads a string marked with {@link #START} and {@link #END}. */
    public static Snippet parse(String marked) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == END) {
                if (run.length() > 0) {
                    parts.add(new Part(run.toString(), inMatch));
                    run.setLength(0);
                }
                inMatch = c == START;
            } else {
                run.append(c == '\n' || c == '\r' ? ' ' : c);
            }
        }
        if (run.length() > 0) {
            parts.add(new Part(run.toString(), inMatch));
        }
        return new Snippet(parts);
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }

    /** The text with each match in the given brackets, for the command line: "[отцом]". */
    public String marked(String open, String close) {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.match() ? open + p.text() + close : p.text()));
        return s.toString();
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }
}
