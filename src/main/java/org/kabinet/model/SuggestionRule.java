package org.kabinet.model;

import java.util.List;

/**
 * The rules that suggest whom to call, each with its thresholds (in days or months, as named) and
 * the practice's defaults. She can switch each off and change its numbers in settings.
 */
public enum SuggestionRule {
    /** Active in a program and nothing booked in the next N days. */
    NOT_BOOKED(List.of(14)),
    /** In a program and no lesson for N days. */
    STALLED(List.of(30)),
    /** One first consultation and no second session after N days. */
    NO_SECOND_SESSION(List.of(14)),
    /** Program completed or stopped: check-ins after these months. */
    CHECK_IN(List.of(1, 3, 6)),
    /** No session for these months (lapsed, then former). */
    LAPSED(List.of(6, 12)),
    /** An enquiry that did not book within N days, with at most M attempts. */
    ENQUIRY_NOT_BOOKED(List.of(7, 3)),
    /** Birthday within the next N days, for clients who agreed to greetings. */
    BIRTHDAY(List.of(7)),
    /** Homework given N days ago or more with no session planned to talk it over. */
    HOMEWORK_UNREVIEWED(List.of(7));

    private final List<Integer> defaults;

    SuggestionRule(List<Integer> defaults) {
        this.defaults = defaults;
    }

    /** The practice's numbers for this rule, in the order named above. */
    public List<Integer> defaults() {
        return defaults;
    }
}
