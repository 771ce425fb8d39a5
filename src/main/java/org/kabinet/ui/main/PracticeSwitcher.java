package org.kabinet.ui.main;

/** Moves the window between the user's own practice file and the demo file. */
public interface PracticeSwitcher {

    /** Opens the demo practice, writing it first when there is none yet. */
    void openDemo();

    /** Leaves the demo for the practice the app was started with. */
    void openOwnPractice();
}
