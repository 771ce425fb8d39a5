package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.Source;

/**
 * What the main window shows first, read in one go right after the file opens: the sources
 * and every client, ready for searching. Reading it while the window is still being built is
 * what makes start-up fast.
 */
public record OpeningSnapshot(List<Source> sources, List<SearchableClient> clients) {

    public static OpeningSnapshot of(Practice practice) {
        return new OpeningSnapshot(practice.sources().all(),
                practice.clients().list().stream().map(SearchableClient::of).toList());
    }
}
