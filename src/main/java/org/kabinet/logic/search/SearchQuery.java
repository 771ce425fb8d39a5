package org.kabinet.logic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kabinet.model.PhoneNumbers;

/**
 * What she typed in the search field, read as words to find. Every word is a prefix ("отц" finds
 * "отцом"), any case, all words must be there. Punctuation only separates words, and FTS5's own
 * operators typed in capitals (AND, OR, NOT, NEAR) are not words: the text always searches as
 * plain words, never as a query language. Digits also search phone numbers, however they are
 * written.
 */
public final class SearchQuery {

    /** Words longer than this are cut: nobody types them, and FTS5 prefixes stay cheap. */
    static final int MAX_WORD = 40;

    /** At most this many words count; a paste of a paragraph searches its first words. */
    static final int MAX_WORDS = 12;

    /** Fewer digits than this are too common in a phone number to mean one. */
    static final int MIN_PHONE_DIGITS = 3;

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "NEAR");

    private final String typed;
    private final List<String> words;
    private final String phoneDigits;

    private SearchQuery(String typed, List<String> words, String phoneDigits) {
        this.typed = typed;
        this.words = List.copyOf(words);
        this.phoneDigits = phoneDigits;
    }

    public static SearchQuery of(String typed) {
        String text = typed == null ? "" : typed;
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                addWord(words, word);
            }
        });
        addWord(words, word);
        List<String> kept = words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words;
        return new SearchQuery(text, kept, phoneDigits(text));
    }

    private static void addWord(List<String> words, StringBuilder word) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (OPERATORS.contains(w)) {
            return;
        }
        String folded = w.toLowerCase(Locale.ROOT);
        if (folded.length() > MAX_WORD) {
            folded = folded.substring(0, folded.offsetByCodePoints(0, MAX_WORD));
        }
        if (!words.contains(folded)) {
            words.add(folded);
        }
    }

    /** The national digits of a phone number, when what was typed looks like one (else empty). */
    private static String phoneDigits(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || !stripped.chars().allMatch(c -> Character.isDigit(c) || " +-().".indexOf(c) >= 0)) {
            return "";
        }
        String digits = PhoneNumbers.nationalDigits(stripped);
        return digits.length() >= MIN_PHONE_DIGITS ? digits : "";
    }

    public String typed() {
        return typed;
    }

    /** The words to find, folded to lower case. */
    public List<String> words() {
        return words;
    }

    /** Digits to look for in phone numbers; empty when the text is not a phone number. */
    public String phoneDigits() {
        return phoneDigits;
    }

    /** Whether there is anything to search for: some word or a phone number. */
    public boolean isEmpty() {
        return words.isEmpty() && phoneDigits.isEmpty();
    }

    /**
     * The FTS5 match expression: each word quoted (so nothing in it is an operator), as a prefix,
     * all of them required. A word typed with "ё" also finds it written with "е", the usual
     * spelling (the other way round is not covered: the index keeps the text as written).
     */
    public String match() {
        List<String> terms = new ArrayList<>();
        for (String w : words) {
            if (w.indexOf('ё') >= 0) {
                terms.add("(" + quoted(w) + " OR " + quoted(w.replace('ё', 'е')) + ")");
            } else {
                terms.add(quoted(w));
            }
        }
        return String.join(" AND ", terms);
    }

    private static String quoted(String word) {
        // Words hold only letters and digits, so there is no quote inside to double.
        return "\"" + word + "\"*";
    }
}
