package org.kabinet.logic.search;

import java.time.Duration;
import java.util.List;

/**
 * What a search found, grouped by kind in the order they are shown (groups with nothing in them are
 * left out), and how long it took. When the text held nothing to search for (only punctuation, only
 * FTS operators), {@link #nothingToSearch()} says so and there are no groups.
 */
public record SearchResults(SearchQuery query, List<SearchGroup> groups, Duration took) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean nothingToSearch() {
        return query.isEmpty();
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every hit shown, group after group. */
    public int shown() {
        return groups.stream().mapToInt(g -> g.hits().size()).sum();
    }
}
