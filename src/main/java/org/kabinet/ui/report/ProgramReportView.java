package org.kabinet.ui.report;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/** Placeholder while the screen is being built. */
public final class ProgramReportView implements Screen {

    private final Label root;

    public ProgramReportView(ScreenContext context) {
        root = new Label(context.messages().get("report.title"));
    }

    @Override
    public Node root() {
        return root;
    }
}
