package org.kabinet.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.Text;

/**
 * What the user typed into the client list's search field. Every word must be found somewhere in
 * the client's name or email, in any case and with "ё" as "е"; a word that is mostly digits is
 * looked for among the phone numbers however they were written ("8 916", "+7(916", "916-12").
 */
public final class ClientQuery implements Predicate<SearchableClient> {

    /** Fewer digits than this match too many numbers to be useful as a phone search. */
    private static final int MIN_PHONE_DIGITS = 3;

    private final List<String> words = new ArrayList<>();
    private final List<String> phoneDigits = new ArrayList<>();

    private ClientQuery(String typed) {
        // A number typed with spaces ("916 123 45") arrives as several words; consecutive
        // phone-like words are one number, so they are joined into one run of digits.
        StringBuilder run = new StringBuilder();
        List<String> runWords = new ArrayList<>();
        for (String word : Text.foldForSearch(typed).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (looksLikePhone(word)) {
                run.append(PhoneNumbers.digits(word));
                runWords.add(word);
            } else {
                endRun(run, runWords);
                words.add(word);
            }
        }
        endRun(run, runWords);
    }

    private void endRun(StringBuilder run, List<String> runWords) {
        if (run.length() >= MIN_PHONE_DIGITS) {
            phoneDigits.add(run.toString());
        } else {
            words.addAll(runWords);
        }
        run.setLength(0);
        runWords.clear();
    }

    public static ClientQuery of(String typed) {
        return new ClientQuery(typed == null ? "" : typed);
    }

    public boolean isEmpty() {
        return words.isEmpty() && phoneDigits.isEmpty();
    }

    @Override
    public boolean test(SearchableClient client) {
        for (String word : words) {
            if (!client.text().contains(word)) {
                return false;
            }
        }
        for (String digits : phoneDigits) {
            if (!phoneMatches(client.phoneDigits(), digits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean phoneMatches(String clientDigits, String typed) {
        if (clientDigits.contains(typed)) {
            return true;
        }
        // "8 916…" and "+7 916…" are the same Russian number: match without the prefix.
        if (typed.length() >= 4 && (typed.charAt(0) == '8' || typed.charAt(0) == '7')) {
            return clientDigits.contains(typed.substring(1));
        }
        return false;
    }

    private static boolean looksLikePhone(String word) {
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= Character.isDigit(c);
            if (!(Character.isDigit(c) || c == '+' || c == '-' || c == '(' || c == ')' || c == '.')) {
                return false;
            }
        }
        return digit;
    }
}
