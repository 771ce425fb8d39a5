package org.kabinet.logic.search;

import java.util.List;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;

/** The results of one kind, the latest first: the first few {@code hits}, and how many match in all. */
public record SearchGroup(SearchKind kind, List<SearchHit> hits, int total) {

    public SearchGroup {
        hits = List.copyOf(hits);
        total = Math.max(total, hits.size());
    }

    /** How many more match than are shown. */
    public int more() {
        return total - hits.size();
    }
}
