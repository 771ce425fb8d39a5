package org.kabinet.ui.notes;

/** What "Pin for next time" takes from a note: the words selected, else the line the caret is on. */
final class PinnedLine {

    private PinnedLine() {
    }

    static String from(String selected, String text, int caret) {
        if (selected != null && !selected.isBlank()) {
            return selected.strip();
        }
        if (text == null || text.isEmpty()) {
            return "";
        }
        int at = Math.max(0, Math.min(caret, text.length()));
        int start = at;
        while (start > 0 && !isBreak(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !isBreak(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
