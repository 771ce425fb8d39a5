package org.kabinet.ui.homework;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.kabinet.model.Exercise;
import org.kabinet.ui.main.ScreenContext;

/** Picks exercises from the library: search, tags, and a checkable list. (Being built.) */
public final class ExerciseChooser {

    private final VBox root = new VBox();

    public ExerciseChooser(ScreenContext context) {
    }

    public Node root() {
        return root;
    }

    /** Ticks these exercises (a lesson's defaults, say). */
    public void preselect(List<Long> exerciseIds) {
    }

    /** The exercises ticked, in the library's order. */
    public List<Exercise> chosen() {
        return List.of();
    }
}
