package org.kabinet.model;

import java.util.Locale;

/** Small text rules shared by the model: trimming input and folding text for search. */
public final class Text {

    private Text() {
    }

    /** Trims and turns null into the empty string, so that records never hold null text. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Lower-cases and folds "ё" into "е": Russian writers use the two interchangeably, so a
     * search for "Семенова" must find "Семёнова".
     */
    public static String foldForSearch(String s) {
        return clean(s).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * True when the text holds a control character or {@linkplain #hasLoneSurrogate half of a
     * surrogate pair}; {@code multiLine} allows line breaks and tabs.
     */
    public static boolean hasControlCharacters(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                return true;
            }
        }
        return hasLoneSurrogate(s);
    }

    /**
     * True when the text holds half of a surrogate pair (from a bad paste or a broken file): it
     * cannot be written as UTF-8, and SQLite would keep "?" in its place.
     */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
