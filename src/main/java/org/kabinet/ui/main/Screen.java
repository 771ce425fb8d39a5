package org.kabinet.ui.main;

import javafx.scene.Node;

/** One area's screen in the main window, built the first time it is shown. */
public interface Screen {

    Node root();

    /** Called each time the screen comes into view: re-read what may have changed elsewhere. */
    default void shown() {
    }

    /**
     * Like {@link #shown()}, and runs {@code filled} once the screen shows what it read: the
     * start-up figure counts until then.
     */
    default void shown(Runnable filled) {
        shown();
        filled.run();
    }
}
