package org.kabinet.ui.calendar;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/** Placeholder while the screen is being built. */
public final class WeekCalendarView implements Screen {

    private final Label root;

    public WeekCalendarView(ScreenContext context) {
        root = new Label(context.messages().get("calendar.title"));
    }

    @Override
    public Node root() {
        return root;
    }
}
