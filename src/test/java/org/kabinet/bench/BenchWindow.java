package org.kabinet.bench;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.MainWindow;

/** The real main window in Russian over a practice file, shown on a stage, as the benchmarks use it. */
record BenchWindow(Practice practice, MainWindow window, Scene scene) {

    static BenchWindow show(Stage stage, Path file) throws DatabaseOpenException {
        Practice practice = Practice.open(file, Clock.systemDefaultZone());
        Messages messages = Messages.of(Language.RU);
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(practice, messages, new DateFormats(Language.RU), new FxTaskExecutor(),
                new Dialogs(messages), new org.kabinet.ui.RecordingSwitcher());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return new BenchWindow(practice, window, scene);
    }
}
