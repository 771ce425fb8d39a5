package org.kabinet.ui.library;

import org.kabinet.model.Exercise;

/** How an exercise is named on screen: its title, or its code while the shipped texts are missing. */
public final class ExerciseLabels {

    private ExerciseLabels() {
    }

    public static String title(Exercise e) {
        if (!e.title().isEmpty()) {
            return e.title();
        }
        return e.code() == null ? "#" + e.id() : e.code();
    }
}
