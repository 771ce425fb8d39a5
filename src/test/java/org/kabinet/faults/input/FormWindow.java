package org.kabinet.faults.input;

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
import org.kabinet.ui.RecordingSwitcher;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window over a practice file, in the language a test chooses (the shared
 * MainWindowHarness is English only): bad input must be answered in the user's own language.
 */
final class FormWindow {

    private final Practice practice;
    private final Language language;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private MainWindow window;

    FormWindow(Path file, Language language) throws DatabaseOpenException {
        this.practice = Practice.open(file, TestClock.FIXED);
        this.language = language;
    }

    Practice practice() {
        return practice;
    }

    Messages messages() {
        return Messages.of(language);
    }

    /** Builds the window on {@code stage} (on the FX thread, from {@code @Start}). */
    void show(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Messages messages = messages();
        Dialogs dialogs = new Dialogs(messages);
        dialogs.setOwner(stage);
        window = new MainWindow(practice, messages, new DateFormats(language), executor, dialogs,
                new RecordingSwitcher());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        window.load(() -> { });
    }

    MainWindow window() {
        return window;
    }

    /** Shows an area of the window, as a click in the sidebar would. */
    void show(Area area) {
        WaitForAsyncUtils.asyncFx(() -> window.show(area));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Everything the practice holds, as its JSON export (stable, private notes included). */
    byte[] contents(Path scratch) throws java.io.IOException {
        Path out = scratch.resolve("contents-" + System.nanoTime() + ".json");
        practice.jsonTransfer().export(out, true);
        return java.nio.file.Files.readAllBytes(out);
    }

    /** Waits until the background worker has nothing queued or running. */
    void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !executor.busy().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        executor.shutdown();
        practice.close();
    }
}
