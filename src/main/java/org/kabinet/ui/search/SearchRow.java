package org.kabinet.ui.search;

import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;

/** One line of the results list: a kind's header, a hit, or the "and N more" under a kind. */
public sealed interface SearchRow {

    /** Whether the line is something to open (headers and counts are not). */
    default boolean openable() {
        return false;
    }

    /** The title of a group, with how many of its kind match in all. */
    record Header(SearchKind kind, int total) implements SearchRow {
    }

    /** A result to open. */
    record Hit(SearchHit hit) implements SearchRow {

        @Override
        public boolean openable() {
            return true;
        }
    }

    /** How many more of a kind match than are shown. */
    record More(SearchKind kind, int more) implements SearchRow {
    }
}
