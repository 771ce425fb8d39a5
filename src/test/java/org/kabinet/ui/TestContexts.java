package org.kabinet.ui;

import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.main.ScreenContext;

/**
 * A screen's context for tests of one part of a screen on its own: no navigation, and an
 * unexpected background error fails the test.
 */
public final class TestContexts {

    private TestContexts() {
    }

    public static ScreenContext of(Practice practice, Language language, TaskExecutor executor) {
        return of(practice, language, executor, new Dialogs(Messages.of(language)));
    }

    public static ScreenContext of(Practice practice, Language language, TaskExecutor executor, Dialogs dialogs) {
        return new ScreenContext(practice, Messages.of(language), new DateFormats(language), executor, dialogs,
                new NoNavigation(), e -> {
                    throw new AssertionError(e);
                });
    }
}
