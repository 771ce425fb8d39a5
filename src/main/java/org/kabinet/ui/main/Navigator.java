package org.kabinet.ui.main;

/** Moves the main window between areas, for screens that lead to one another. */
public interface Navigator {

    /** Shows an area of the practice. */
    void show(Area area);

    /** Shows the clients area with this client's card open (after settling unsaved edits). */
    void openClient(long clientId);
}
