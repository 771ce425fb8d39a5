package org.kabinet.model;

import java.util.List;

/** One suggestion rule as she set it: on or off, and its numbers (see {@link SuggestionRule}). */
public record RuleSetting(boolean enabled, List<Integer> thresholds) {

    public RuleSetting {
        thresholds = List.copyOf(thresholds);
    }

    public static RuleSetting defaultOf(SuggestionRule rule) {
        return new RuleSetting(true, rule.defaults());
    }

    /** The {@code i}-th number, or the rule's default when she left it out. */
    public int threshold(SuggestionRule rule, int i) {
        return i < thresholds.size() ? thresholds.get(i) : rule.defaults().get(i);
    }
}
