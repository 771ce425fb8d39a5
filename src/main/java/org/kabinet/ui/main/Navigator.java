package org.kabinet.ui.main;

import org.kabinet.ui.settings.SettingsSection;

/** Moves the main window between areas, for screens that lead to one another. */
public interface Navigator {

    /** Shows an area of the practice. */
    void show(Area area);

    /** Shows the clients area with this client's card open (after settling unsaved edits). */
    void openClient(long clientId);

    /**
     * Opens this client's card at {@code tab}, with the item of that tab whose id is {@code itemId}
     * selected (a note, a piece of homework, a session; 0 for none): where a search result leads.
     */
    void openClient(long clientId, CardTab tab, long itemId);

    /** Shows the programs area with this lesson (of whichever program) selected: where a search result leads. */
    void openLesson(long lessonId);

    /**
     * Opens the Settings window on {@code section} (or shows that section if it is open): the
     * one place for the practice's settings, reached from the screens that use them.
     */
    default void openSettings(SettingsSection section) {
    }

    /** A call was planned or a contact logged somewhere: the number of calls due is read again. */
    default void callsChanged() {
    }
}
