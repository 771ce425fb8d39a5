package org.kabinet.ui.notes;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import org.kabinet.ui.main.ScreenContext;

/** The card's notes tab. (Outline: the notes helper builds it.) */
public final class NotesTab {

    private final BorderPane root = new BorderPane();

    public NotesTab(ScreenContext context) {
        root.setId("notesPane");
    }

    public Node root() {
        return root;
    }

    /** Shows this client's notes (read in the background). */
    public void load(long clientId) {
    }

    /** Selects the note with this id once the notes are there. */
    public void select(long noteId) {
    }
}
