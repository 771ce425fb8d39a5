package org.kabinet.model;

/**
 * Phone numbers as people type them: "+7 (916) 123-45-67", "8 916 1234567" and "9161234567" are
 * the same number. Comparison and search use the digits of the national number.
 */
public final class PhoneNumbers {

    /** ITU-T E.164 allows at most 15 digits; fewer than 5 is not a phone number anyone can dial. */
    public static final int MIN_DIGITS = 5;
    public static final int MAX_DIGITS = 15;

    private PhoneNumbers() {
    }

    /** Only the digits of what was typed. */
    public static String digits(String typed) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /**
     * The digits with a Russian trunk or country prefix removed: an 11-digit number starting
     * with 7 or 8 becomes its 10-digit national number, so both spellings compare equal.
     */
    public static String nationalDigits(String typed) {
        String digits = digits(typed);
        if (digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8')) {
            return digits.substring(1);
        }
        return digits;
    }

    /** Whether what was typed looks like a phone number: only phone characters and enough digits. */
    /**
     * A Russian mobile or city number, however it was typed, written one way for reading in a
     * list: "+7 916 123-45-67". Other numbers are shown as typed.
     */
    public static String forDisplay(String typed) {
        String d = digits(typed);
        if (d.length() == 11 && (d.charAt(0) == '7' || d.charAt(0) == '8')) {
            return "+7 " + d.substring(1, 4) + " " + d.substring(4, 7) + "-" + d.substring(7, 9) + "-" + d.substring(9);
        }
        return typed;
    }

    public static boolean isValid(String typed) {
        String t = Text.clean(typed);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean phoneChar = (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-'
                    || c == '(' || c == ')' || c == '.';
            if (!phoneChar) {
                return false;
            }
        }
        int count = digits(t).length();
        return count >= MIN_DIGITS && count <= MAX_DIGITS && t.indexOf('+', 1) < 0;
    }
}
