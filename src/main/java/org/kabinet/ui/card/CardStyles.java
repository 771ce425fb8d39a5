package org.kabinet.ui.card;

import java.util.List;

/** The stylesheets of the card's tabs and dialogs (a dialog is a scene of its own and needs them again). */
public final class CardStyles {

    private CardStyles() {
    }

    public static List<String> sheets() {
        return List.of(
                CardStyles.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm(),
                CardStyles.class.getResource("/org/kabinet/ui/card/card-activity.css").toExternalForm());
    }
}
