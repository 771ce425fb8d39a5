package org.kabinet.ui.library;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/** Placeholder while the screen is being built. */
public final class LibraryView implements Screen {

    private final Label root;

    public LibraryView(ScreenContext context) {
        root = new Label(context.messages().get("library.title"));
    }

    @Override
    public Node root() {
        return root;
    }
}
