package org.kabinet.logic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.model.Snippet;

/**
 * Marks the words of a short text (a name, a title) that start with one of the searched words, as
 * FTS5 does in the snippets it makes of notes: the same reading of "word", any case.
 */
final class Highlighter {

    private Highlighter() {
    }

    static Snippet mark(String text, List<String> words) {
        List<Snippet.Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                plain.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String word = text.substring(i, end);
            if (matches(word, words)) {
                if (plain.length() > 0) {
                    parts.add(new Snippet.Part(plain.toString(), false));
                    plain.setLength(0);
                }
                parts.add(new Snippet.Part(word, true));
            } else {
                plain.append(word);
            }
            i = end;
        }
        if (plain.length() > 0) {
            parts.add(new Snippet.Part(plain.toString(), false));
        }
        return new Snippet(parts);
    }

    /** Whether {@code word} starts with one of {@code words} (folded, "ё" as "е"). */
    static boolean matches(String word, List<String> words) {
        String folded = fold(word);
        for (String w : words) {
            if (folded.startsWith(fold(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every one of {@code words} starts some word of {@code text}. */
    static boolean containsAll(String text, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String folded = fold(text);
        for (String w : words) {
            if (!startsAWord(folded, fold(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code prefix} occurs in {@code text} at the start of a word. */
    private static boolean startsAWord(String text, String prefix) {
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
