package org.kabinet.ui.programs;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/** Placeholder while the screen is being built. */
public final class ProgramsView implements Screen {

    private final Label root;

    public ProgramsView(ScreenContext context) {
        root = new Label(context.messages().get("programs.title"));
    }

    @Override
    public Node root() {
        return root;
    }
}
