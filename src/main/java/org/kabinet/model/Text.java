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

    /** True when the text holds a control character; {@code multiLine} allows line breaks and tabs. */
    public static boolean hasControlCharacters(String s, boolean multiLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = multiLine && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !allowed) {
                return true;
            }
        }
        return false;
    }
}
