package org.kabinet.ui.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Segment;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.MainWindow;
import org.kabinet.ui.main.Navigator;
import org.kabinet.ui.main.PracticeSwitcher;
import org.kabinet.ui.main.ScreenContext;

/**
 * Opens the main window for screenshots (not a test): {@code FILE ru|en WHAT} with WHAT one of
 * RULES (the rules dialog), PRACTICE (the practice report, this year), LAPSED (the client list's
 * lapsed segment).
 */
public final class RulesPeek {

    private RulesPeek() {
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
            Scene scene = new Scene(window.root(), 1400, 860);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/kabinet/ui/kabinet.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            String what = args.get(2);
            switch (what) {
                case "RULES" -> window.load(() -> RulesDialog.open(new ScreenContext(practice, messages,
                        new DateFormats(language), executor, dialogs, new Navigator() {
                            @Override
                            public void show(Area area) {
                            }

                            @Override
                            public void openClient(long clientId) {
                            }

                            @Override
                            public void openClient(long clientId, CardTab tab, long itemId) {
                            }

                            @Override
                            public void openLesson(long lessonId) {
                            }
                        }, e -> e.printStackTrace()), () -> { }));
                case "PRACTICE", "PRACTICE_END" -> window.load(() -> {
                    window.show(Area.REPORT);
                    Platform.runLater(() -> {
                        ((ButtonBase) scene.lookup("#practicePartButton")).fire();
                        ((ButtonBase) scene.lookup("#thisYearButton")).fire();
                    });
                    if (what.equals("PRACTICE_END")) {
                        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                                javafx.util.Duration.seconds(3));
                        later.setOnFinished(e -> ((javafx.scene.control.ScrollPane) scene
                                .lookup(".practice-report .scroll-pane")).setVvalue(1));
                        later.play();
                    }
                });
                default -> window.load(() -> {
                    window.show(Area.CLIENTS);
                    Platform.runLater(() -> {
                        @SuppressWarnings("unchecked")
                        ComboBox<Segment> combo = (ComboBox<Segment>) scene.lookup("#segmentFilter");
                        combo.setValue(Segment.valueOf(what));
                    });
                });
            }
        }
    }
}
