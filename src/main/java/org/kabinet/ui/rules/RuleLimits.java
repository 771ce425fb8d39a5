package org.kabinet.ui.rules;

import org.kabinet.model.SuggestionRule;

/**
 * The sensible range of each number of a suggestion rule: days up to a year, months up to five
 * years, calls up to ten. Numbers of one rule that name steps in time (check-ins, lapsed then
 * former) must grow from one to the next.
 */
record RuleLimits(int min, int max) {

    static RuleLimits of(SuggestionRule rule, int index) {
        return switch (rule) {
            case CHECK_IN -> new RuleLimits(1, 60);
            case LAPSED -> new RuleLimits(1, 120);
            case ENQUIRY_NOT_BOOKED -> index == 0 ? new RuleLimits(1, 90) : new RuleLimits(1, 10);
            case BIRTHDAY -> new RuleLimits(0, 60);
            default -> new RuleLimits(1, 365);
        };
    }

    /** Whether the numbers of {@code rule} are steps in time that must grow. */
    static boolean ascending(SuggestionRule rule) {
        return rule == SuggestionRule.CHECK_IN || rule == SuggestionRule.LAPSED;
    }
}
