package org.kabinet.i18n;

/** The plural categories of CLDR for the two languages: enough to say "5 клиентов" right. */
final class Plurals {

    private Plurals() {
    }

    /** "one", "few", "many" (Russian) or "one", "other" (English) for a whole number. */
    static String category(Language language, long count) {
        long n = Math.abs(count);
        if (language == Language.RU) {
            long mod10 = n % 10;
            long mod100 = n % 100;
            if (mod10 == 1 && mod100 != 11) {
                return "one";
            }
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "other";
    }
}
