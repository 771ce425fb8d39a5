package org.kabinet.ui.today;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/** Placeholder while the screen is being built. */
public final class TodayView implements Screen {

    private final Label root;

    public TodayView(ScreenContext context) {
        root = new Label(context.messages().get("today.title"));
    }

    @Override
    public Node root() {
        return root;
    }
}
