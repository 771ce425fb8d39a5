package org.kabinet.logic;

import org.kabinet.model.ClientSummary;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.Text;

/**
 * A list row prepared for searching: the folded text and phone digits are computed once when the
 * list loads, so that each keystroke only compares strings.
 */
public record SearchableClient(ClientSummary summary, String text, String phoneDigits) {

    public static SearchableClient of(ClientSummary s) {
        String text = Text.foldForSearch(s.name().full() + " " + s.email());
        StringBuilder digits = new StringBuilder();
        for (String phone : s.allPhones().split("\n")) {
            // National digits, separated so that a search never matches across two numbers.
            digits.append(PhoneNumbers.nationalDigits(phone)).append(' ');
        }
        return new SearchableClient(s, text, digits.toString());
    }

    public long id() {
        return summary.id();
    }
}
