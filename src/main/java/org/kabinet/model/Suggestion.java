package org.kabinet.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A client the rules suggest calling, with every reason at once (one row, not one per rule). */
public record Suggestion(long clientId, List<SuggestionReason> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a suggestion has at least one reason");
        }
    }

    /** When the call became due: the earliest of its reasons. */
    public LocalDate due() {
        return reasons.stream().map(SuggestionReason::due).min(Comparator.naturalOrder()).orElseThrow();
    }
}
