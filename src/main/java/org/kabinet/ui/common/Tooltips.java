package org.kabinet.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips that appear quickly enough to help on icon buttons. */
public final class Tooltips {

    private Tooltips() {
    }

    public static void set(Control control, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(400));
        control.setTooltip(tooltip);
    }
}
