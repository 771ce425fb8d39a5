package org.kabinet.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a form's text area goes to the next field, as in every other field, instead of typing a
 * tab character: otherwise the fields after the area can only be reached with the mouse (or the
 * little-known Ctrl+Tab). JavaFX has no public "move focus on" call, so the key is passed on as
 * Ctrl+Tab, which the text area's own behaviour takes as "next field" (Shift: the one before).
 */
public final class TabKey {

    private TabKey() {
    }

    /** Makes Tab and Shift+Tab leave {@code area} for the next or previous field; gives it back. */
    public static TextArea movesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), area, KeyEvent.KEY_PRESSED, e.getCharacter(), e.getText(),
                        KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
