package org.kabinet.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;

/**
 * Opens the main window on one area, to take screenshots (not a test): {@code FILE ru|en AREA}.
 * The launcher does not extend Application, so it runs from a plain class path.
 */
public final class ScreenPeek {

    private ScreenPeek() {
    }

    public static void main(String[] args) {
        Application.launch(Peek.class, args);
    }

    /** The window itself. */
    public static final class Peek extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Language language = Language.of(Locale.forLanguageTag(args.get(1)));
            Locale.setDefault(language.locale());
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Practice practice = Practice.open(Path.of(args.get(0)), Clock.systemDefaultZone());
            Messages messages = Messages.of(language);
            Dialogs dialogs = new Dialogs(messages);
            dialogs.setOwner(stage);
            MainWindow window = new MainWindow(practice, messages, new DateFormats(language), new FxTaskExecutor(),
                    dialogs, new org.kabinet.ui.RecordingSwitcher());
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            window.load(() -> window.show(Area.valueOf(args.get(2))));
        }
    }
}
