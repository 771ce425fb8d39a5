package org.kabinet.model;

import java.util.EnumMap;
import java.util.Map;

/** Every suggestion rule's setting; a rule she never touched has its defaults. */
public record FollowUpSettings(Map<SuggestionRule, RuleSetting> rules) {

    public static final FollowUpSettings DEFAULT = new FollowUpSettings(Map.of());

    public FollowUpSettings {
        Map<SuggestionRule, RuleSetting> all = new EnumMap<>(SuggestionRule.class);
        for (SuggestionRule r : SuggestionRule.values()) {
            all.put(r, rules.getOrDefault(r, RuleSetting.defaultOf(r)));
        }
        rules = Map.copyOf(all);
    }

    public RuleSetting of(SuggestionRule rule) {
        return rules.get(rule);
    }

    public boolean enabled(SuggestionRule rule) {
        return of(rule).enabled();
    }

    public int threshold(SuggestionRule rule, int i) {
        return of(rule).threshold(rule, i);
    }

    /** These settings with one rule changed. */
    public FollowUpSettings with(SuggestionRule rule, RuleSetting setting) {
        Map<SuggestionRule, RuleSetting> changed = new EnumMap<>(rules);
        changed.put(rule, setting);
        return new FollowUpSettings(changed);
    }
}
