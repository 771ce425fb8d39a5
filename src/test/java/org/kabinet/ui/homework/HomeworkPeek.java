package org.kabinet.ui.homework;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.MainWindow;
import org.kabinet.ui.main.PracticeSwitcher;
import org.kabinet.ui.main.ScreenContext;

/**
 * Opens the window on the library, a card's homework tab or the assign dialog, to take
 * screenshots (not a test): {@code FILE ru|en library|card|assign CLIENT_ID}.
 */
public final class HomeworkPeek {

    private HomeworkPeek() {
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
            FxTaskExecutor executor = new FxTaskExecutor();
            MainWindow window = new MainWindow(practice, messages, new DateFormats(language), executor,
                    dialogs, new PracticeSwitcher() {
                        @Override
                        public void openDemo() {
                        }

                        @Override
                        public void openOwnPractice() {
                        }
                    });
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            String what = args.get(2);
            long clientId = args.size() > 3 ? Long.parseLong(args.get(3)) : 0;
            window.load(() -> {
                if ("library".equals(what)) {
                    window.show(Area.LIBRARY);
                    later(() -> ((ListView<?>) scene.lookup("#exerciseList")).getSelectionModel().selectLast());
                } else {
                    window.openClient(clientId);
                    later(() -> {
                        TabPane tabs = (TabPane) scene.lookup("#cardTabs");
                        tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
                        later(() -> {
                            ((TableView<?>) scene.lookup("#homeworkTable")).getSelectionModel().select(0);
                            if ("assign".equals(what)) {
                                Node give = scene.lookup("#giveHomeworkButton");
                                ((javafx.scene.control.Button) give).fire();
                            }
                        });
                    });
                }
            });
        }

        private static void later(Runnable r) {
            new Thread(() -> {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(r);
            }).start();
        }
    }
}
