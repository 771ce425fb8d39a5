package org.kabinet.ui.rules;

import org.kabinet.ui.main.ScreenContext;

/** The settings of the suggestion rules. (Outline: the report helper builds it.) */
public final class RulesDialog {

    private RulesDialog() {
    }

    /** Opens the dialog; {@code onSaved} runs after she saved changed settings. */
    public static void open(ScreenContext context, Runnable onSaved) {
    }
}
