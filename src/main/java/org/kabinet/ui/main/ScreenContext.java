package org.kabinet.ui.main;

import java.util.function.Consumer;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.PendingSaves;
import org.kabinet.ui.common.TaskExecutor;

/**
 * What every screen works with: the open practice, the user's language, the background executor,
 * the dialogs, the way to other screens, where unexpected errors go, and the saves still pending
 * (notes typed a moment ago) that must be written before the file closes.
 */
public record ScreenContext(Practice practice, Messages messages, DateFormats dates, TaskExecutor executor,
        Dialogs dialogs, Navigator navigator, Consumer<Throwable> onError, PendingSaves pendingSaves) {

    /** A context with its own, empty register of pending saves. */
    public ScreenContext(Practice practice, Messages messages, DateFormats dates, TaskExecutor executor,
            Dialogs dialogs, Navigator navigator, Consumer<Throwable> onError) {
        this(practice, messages, dates, executor, dialogs, navigator, onError, new PendingSaves());
    }
}
