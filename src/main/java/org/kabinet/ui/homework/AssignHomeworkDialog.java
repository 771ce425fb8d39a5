package org.kabinet.ui.homework;

import org.kabinet.ui.main.ScreenContext;

/** The dialog that gives a client homework: exercises of the library or free text. (Being built.) */
public final class AssignHomeworkDialog {

    private AssignHomeworkDialog() {
    }

    /** Opens the dialog; {@code onAssigned} runs after the homework was saved. */
    public static void open(ScreenContext context, long clientId, Long sessionId, Long lessonId, Runnable onAssigned) {
        throw new UnsupportedOperationException("not built yet");
    }
}
