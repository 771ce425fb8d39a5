package org.kabinet.ui.lock;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Puts Kabinet's other windows out of sight while it is locked. A window of its own (the search
 * window) is hidden and comes back on unlocking, as she left it. A dialog is closed as if she had
 * pressed its Cancel: it could hold a client's name, and, being modal, it would keep the lock
 * screen from being used at all; every dialog of Kabinet writes nothing when cancelled, so what
 * is lost is at most what was typed into that dialog. Menus and pop-ups simply close.
 */
final class OtherWindows {

    private final List<Window> hidden = new ArrayList<>();

    void hideAll(Window main) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window == main || !window.isShowing()) {
                continue;
            }
            if (window instanceof PopupWindow) {
                window.hide();
            } else if (window instanceof Stage stage && stage.getModality() == javafx.stage.Modality.NONE
                    && !isDialog(stage)) {
                hidden.add(stage);
                stage.hide();
            } else {
                cancel(window);
            }
        }
    }

    /** A dialog's own window answers a close request as Cancel (or refuses when it has no Cancel). */
    private static void cancel(Window window) {
        Event.fireEvent(window, new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        if (window.isShowing()) {
            window.hide();
        }
    }

    private static boolean isDialog(Stage stage) {
        return stage.getScene() != null && stage.getScene().getRoot() instanceof javafx.scene.control.DialogPane;
    }

    void showAgain() {
        for (Window window : hidden) {
            if (window instanceof Stage stage) {
                stage.show();
            }
        }
        hidden.clear();
    }
}
