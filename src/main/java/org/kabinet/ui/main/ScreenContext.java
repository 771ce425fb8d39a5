package org.kabinet.ui.main;

import java.util.function.Consumer;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.TaskExecutor;

/**
 * What every screen works with: the open practice, the user's language, the background executor,
 * the dialogs, the way to other screens, and where unexpected errors go.
 */
public record ScreenContext(Practice practice, Messages messages, DateFormats dates, TaskExecutor executor,
        Dialogs dialogs, Navigator navigator, Consumer<Throwable> onError) {
}
