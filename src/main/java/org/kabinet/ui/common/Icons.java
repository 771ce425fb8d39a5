package org.kabinet.ui.common;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The icons Kabinet uses, named for what they mean here (Feather icons via Ikonli). */
public final class Icons {

    /** An icon by its meaning in Kabinet. */
    public enum Icon {
        CLIENTS(Feather.USERS),
        TODAY(Feather.SUN),
        ASK(Feather.MESSAGE_CIRCLE),
        PROGRAMS(Feather.LAYERS),
        REPORT(Feather.BAR_CHART_2),
        LIBRARY(Feather.BOOK_OPEN),
        PRINT(Feather.PRINTER),
        SESSION(Feather.CLOCK),
        ADD_CLIENT(Feather.USER_PLUS),
        SEARCH(Feather.SEARCH),
        CALENDAR(Feather.CALENDAR),
        PREVIOUS(Feather.CHEVRON_LEFT),
        NEXT(Feather.CHEVRON_RIGHT),
        SAVE(Feather.CHECK),
        CANCEL(Feather.X),
        ARCHIVE(Feather.ARCHIVE),
        RESTORE(Feather.ROTATE_CCW),
        DELETE(Feather.TRASH_2),
        MORE(Feather.MORE_HORIZONTAL),
        EDIT(Feather.EDIT_2),
        DEMO(Feather.PLAY_CIRCLE),
        FILE(Feather.DATABASE),
        WARNING(Feather.ALERT_TRIANGLE),
        CLEAR(Feather.X_CIRCLE),
        ADD(Feather.PLUS),
        UP(Feather.ARROW_UP),
        DOWN(Feather.ARROW_DOWN),
        CALLS(Feather.PHONE_CALL),
        PHONE(Feather.PHONE),
        POSTPONE(Feather.SKIP_FORWARD),
        LOG(Feather.CHECK_SQUARE),
        SETTINGS(Feather.SLIDERS),
        BACKUP(Feather.HARD_DRIVE),
        HELP(Feather.HELP_CIRCLE),
        PREFERENCES(Feather.SETTINGS);

        private final Feather glyph;

        Icon(Feather glyph) {
            this.glyph = glyph;
        }
    }

    private Icons() {
    }

    public static FontIcon of(Icon icon) {
        return new FontIcon(icon.glyph);
    }

    public static FontIcon of(Icon icon, int size) {
        FontIcon fontIcon = of(icon);
        fontIcon.setIconSize(size);
        return fontIcon;
    }
}
