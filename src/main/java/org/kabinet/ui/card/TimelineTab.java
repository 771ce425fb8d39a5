package org.kabinet.ui.card;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.kabinet.model.TimelineEntry;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.ScreenContext;

/** The card's timeline tab. (Outline: the timeline helper builds it.) */
final class TimelineTab {

    private final BorderPane root = new BorderPane();

    /** @param open told the entry she opens (Enter, double click), to show it in its own tab */
    TimelineTab(ScreenContext context, Consumer<TimelineEntry> open) {
        root.setId("timelinePane");
    }

    Node root() {
        return root;
    }

    void load(long clientId) {
    }

    /** The tab an entry is shown in. */
    static CardTab tabOf(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SESSION -> CardTab.SESSIONS;
            case LESSON, PROGRAM -> CardTab.PROGRAM;
            case NOTE -> CardTab.NOTES;
            case HOMEWORK -> CardTab.HOMEWORK;
            case STATUS -> CardTab.PROFILE;
        };
    }

    /** The id of the entry's item in its tab (0 when it has none to select). */
    static long idOf(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SESSION, LESSON -> entry.session().id();
            case NOTE -> entry.note().id();
            case HOMEWORK -> entry.homework().id();
            case PROGRAM, STATUS -> 0;
        };
    }
}
