package org.kabinet.ui.common;

/**
 * A form in the window with its own Save that may hold edits not saved yet. Before the window is
 * built again, closed or given another file, she is asked about them: save, discard, or stay.
 */
public interface UnsavedForm {

    /** Whether something typed here differs from what is saved. */
    boolean dirty();

    /** Saves what is typed; {@code saved} runs once it is written, never when it is refused. */
    void save(Runnable saved);

    /** Puts back what is saved, dropping what was typed. */
    void discard();

    /**
     * Runs {@code proceed} at once when nothing is unsaved, otherwise after she saves or discards;
     * not at all when she stays (or the save is refused: its reason shows beside the field).
     * {@code text} is the question, naming what holds the edits.
     */
    default void whenSettled(Dialogs dialogs, String text, Runnable proceed) {
        if (!dirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askAboutUnsavedChanges(text)) {
            case SAVE -> save(proceed);
            case DISCARD -> {
                discard();
                proceed.run();
            }
            case STAY -> { }
        }
    }
}
