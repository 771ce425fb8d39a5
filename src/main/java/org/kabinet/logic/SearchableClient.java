package org.kabinet.logic;

import java.text.CollationKey;
import java.util.Comparator;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.Text;

/**
 * A list row prepared for searching and sorting: the folded text, the phone digits and the
 * name's collation key are computed once when the row is made, so that each keystroke only
 * compares strings and keys.
 */
public record SearchableClient(ClientSummary summary, String text, String phoneDigits, CollationKey nameKey) {

    /** Alphabetical by name, in the order the rows were made with. */
    public static final Comparator<SearchableClient> BY_NAME = Comparator.comparing(SearchableClient::nameKey);

    public static SearchableClient of(ClientSummary s, NameOrder order) {
        String text = Text.foldForSearch(s.name().full() + " " + s.email());
        StringBuilder digits = new StringBuilder();
        for (String phone : s.allPhones().split("\n")) {
            // National digits, separated so that a search never matches across two numbers.
            digits.append(PhoneNumbers.nationalDigits(phone)).append(' ');
        }
        return new SearchableClient(s, text, digits.toString(), order.key(s.name()));
    }

    public long id() {
        return summary.id();
    }
}
