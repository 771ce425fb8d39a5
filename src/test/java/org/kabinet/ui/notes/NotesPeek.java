package org.kabinet.ui.notes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AgendaItem;
import org.kabinet.logic.Practice;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.FxTaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.MainWindow;
import org.kabinet.ui.main.PracticeSwitcher;

/**
 * Opens the window on notes, to take screenshots (not a test): {@code FILE ru|en card|structured|panel|today}.
 * Writes two notes for the first client of today's agenda when that client has none.
 */
public final class NotesPeek {

    private NotesPeek() {
    }

    public static void main(String[] args) {
        Application.launch(Peek.class, args);
    }

    private static void writeNotes(Practice practice, Language language) {
        AgendaItem item = practice.agenda().day(practice.agenda().today()).get(0);
        long clientId = item.client().id();
        boolean ru = language == Language.RU;
        if (!practice.notes().forClient(clientId).isEmpty()) {
            return;
        }
        practice.notes().save(Note.draft(clientId, item.session().id(), practice.notes().today())
                .withStructured(true).withText(new NoteText(ru ? "Свободные заметки: «цитата» 😀" : "Free notes: \"quoted\" 😀",
                        ru ? "Страх перед выступлением" : "Fear of speaking up",
                        ru ? "Сон о море\nСпросить о сестре" : "A dream about the sea\nAsk about her sister",
                        ru ? "Дыхание, телесное сканирование" : "Breathing, a body scan", "", "", "")));
        practice.notes().save(Note.draft(clientId, null, practice.notes().today().minusDays(3)).withPrivate(true)
                .withText(NoteText.free(ru ? "Мой контрперенос: раздражение" : "My countertransference: irritation")));
        practice.notes().pin(clientId, ru ? "Как прошёл разговор с мамой" : "How the talk with her mother went");
    }

    /** The window itself. */
    public static final class Peek extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Language language = Language.of(Locale.forLanguageTag(args.get(1)));
            Locale.setDefault(language.locale());
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            // The notes are written an hour ago, so that changing one now keeps a version for the history.
            Practice earlier = Practice.open(Path.of(args.get(0)),
                    Clock.offset(Clock.systemDefaultZone(), java.time.Duration.ofHours(-1)));
            writeNotes(earlier, language);
            earlier.close();
            Practice practice = Practice.open(Path.of(args.get(0)), Clock.systemDefaultZone());
            Messages messages = Messages.of(language);
            Dialogs dialogs = new Dialogs(messages);
            dialogs.setOwner(stage);
            MainWindow window = new MainWindow(practice, messages, new DateFormats(language), new FxTaskExecutor(),
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
            AgendaItem item = practice.agenda().day(practice.agenda().today()).get(0);
            long clientId = item.client().id();
            boolean ru = language == Language.RU;
            Note last = practice.notes().forClient(clientId).get(0);
            if (last.text().body().isEmpty() || !last.text().body().startsWith("+")) {
                practice.notes().save(last.withText(last.text().withBody("+ " + (ru ? "Новые слова" : "New words"))));
            }
            String mode = args.get(2);
            window.load(() -> {
                switch (mode) {
                    case "today" -> window.show(Area.TODAY);
                    case "panel" -> {
                        window.show(Area.TODAY);
                        Platform.runLater(() -> Platform.runLater(() ->
                                ((Button) scene.lookup("#closeSessionButton")).fire()));
                    }
                    case "private" -> {
                        window.openClient(clientId, CardTab.NOTES,
                                practice.notes().forClient(clientId).stream().filter(Note::privateNote)
                                        .findFirst().orElseThrow().id());
                    }
                    case "history" -> {
                        window.openClient(clientId, CardTab.NOTES, 0);
                        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                                javafx.util.Duration.seconds(2));
                        later.setOnFinished(e -> ((Button) scene.lookup("#noteHistoryButton")).fire());
                        later.play();
                    }
                    default -> window.openClient(clientId, CardTab.NOTES, 0);
                }
            });
        }
    }
}
