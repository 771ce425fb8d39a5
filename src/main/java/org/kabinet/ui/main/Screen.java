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

    /**
     * Whether a form on this screen holds edits not saved yet: the window brings the screen
     * forward before it asks about them.
     */
    default boolean unsaved() {
        return false;
    }

    /**
     * Runs {@code proceed} once nothing typed on this screen is at risk: at once, or after she
     * saved or discarded it; not at all when she chose to stay.
     */
    default void whenSettled(Runnable proceed) {
        proceed.run();
    }
}
