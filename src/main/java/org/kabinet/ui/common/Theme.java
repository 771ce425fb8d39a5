package org.kabinet.ui.common;

import java.net.URL;
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

    /**
     * This theme's user-agent stylesheet: AtlantaFX Primer (light or dark) imported, then
     * Kabinet's palette on top, so that the teal accent reaches dialogs too.
     */
    public String stylesheet() {
        URL sheet = Theme.class.getResource("/org/kabinet/ui/theme/kabinet-" + code + ".css");
        return sheet.toExternalForm();
    }

    /** Makes every window, open or still to open, use this theme. */
    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }
}
