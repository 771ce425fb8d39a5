package org.kabinet.ui;

import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** After a test: closes every window a test's stage owns (dialogs, settings, guide), so none leaks into the next. */
public final class OwnedWindows {

    private OwnedWindows() {
    }

    /** Closes them on the FX thread, after {@code first} (may be null), and waits until that is done. */
    public static void closeAll(Runnable first) {
        WaitForAsyncUtils.asyncFx(() -> {
            if (first != null) {
                first.run();
            }
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.getOwner() != null) {
                    s.close();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@link #closeAll(Runnable)} with nothing before. */
    public static void closeAll() {
        closeAll(null);
    }
}
