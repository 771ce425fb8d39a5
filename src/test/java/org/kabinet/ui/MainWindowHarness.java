package org.kabinet.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Puts the real main window on a stage, over a practice file in a temporary folder, with the
 * real background worker: what the user gets, minus the launcher.
 */
public final class MainWindowHarness {

    private final Practice practice;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final RecordingSwitcher switcher = new RecordingSwitcher();
    private MainWindow window;

    public MainWindowHarness(Path file) throws DatabaseOpenException {
        this(file, TestClock.FIXED);
    }

    /** With a clock of the test's own, e.g. one it moves on. */
    public MainWindowHarness(Path file, java.time.Clock clock) throws DatabaseOpenException {
        this.practice = Practice.open(file, clock);
    }

    public Practice practice() {
        return practice;
    }

    /** The window's background worker: one thread, so work a test queues first holds back what follows. */
    public FxTaskExecutor executor() {
        return executor;
    }

    /** What the window asked of the application (open a file, change the language...). */
    public RecordingSwitcher switcher() {
        return switcher;
    }

    /** Builds the window on {@code stage} (call on the FX thread, from {@code @Start}). */
    public void show(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Messages messages = Messages.of(Language.EN);
        Dialogs dialogs = new Dialogs(messages);
        dialogs.setOwner(stage);
        window = new MainWindow(practice, messages, new DateFormats(Language.EN), executor, dialogs,
                switcher);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        window.load(() -> { });
    }

    /** Loads the list again, as at start-up. */
    public void reload() {
        WaitForAsyncUtils.asyncFx(() -> window.load(() -> { }));
    }

    /** Shows an area of the window, as a click in the sidebar would. */
    public void show(Area area) {
        WaitForAsyncUtils.asyncFx(() -> window.show(area));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public MainWindow window() {
        return window;
    }

    /** Waits until the background worker has nothing queued or running. */
    public void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !executor.busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() {
        executor.shutdown();
        practice.close();
    }
}
