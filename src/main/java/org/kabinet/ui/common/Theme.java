package org.kabinet.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * The look of every window: light or dark. Set as the user-agent stylesheet, so that dialogs and
 * the search window follow it without each adding a stylesheet of its own.
 */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String code;

    Theme(String code) {
        this.code = code;
    }

    /** The word kept in the preferences file. */
    public String code() {
        return code;
    }

    /** The theme a preferences word names; light for anything else. */
    public static Theme parse(String code) {
        return DARK.code.equalsIgnoreCase(code) ? DARK : LIGHT;
    }

    /** Makes every window, open or still to open, use this theme. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
