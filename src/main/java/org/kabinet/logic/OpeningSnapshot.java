package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.Source;

/**
 * What the main window shows first, read in one go right after the file opens: the sources
 * and every client, ready for searching and already in alphabetical order. Reading and sorting
 * it while the window is still being built is what makes start-up fast: the list's own sort
 * then finds nothing to move.
 */
public record OpeningSnapshot(List<Source> sources, List<SearchableClient> clients) {

    public static OpeningSnapshot of(Practice practice, NameOrder order) {
        return new OpeningSnapshot(practice.sources().all(), practice.clients().list().stream()
                .map(c -> SearchableClient.of(c, order))
                .sorted(SearchableClient.BY_NAME)
                .toList());
    }
}
