package org.kabinet.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes on the card and in the close-session panel: nothing typed is lost when the window closes
 * or another client opens, the history, the private marker, pinning a line and clearing it.
 */
@ExtendWith(ApplicationExtension.class)
class NotesScreenTest {

    @TempDir
    static Path folder;

    private final MovableClock clock = new MovableClock();
    private Path file;
    private MainWindowHarness harness;
    private boolean closedByTest;

    @Start
    void start(Stage stage) throws Exception {
        file = folder.resolve("notes-" + System.nanoTime() + ".db");
        harness = new MainWindowHarness(file, clock);
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        if (!closedByTest) {
            harness.close();
        }
    }

    @Test
    void closeWindow_midTyping_wordsAreInTheFile(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        openNotes(robot, olga.id());
        robot.clickOn("#newNoteButton");
        robot.write("She brought a dream about the sea");

        quitAsTheAppDoes(robot);

        try (var reopened = new Reopened(file)) {
            assertThat(reopened.practice.notes().forClient(olga.id())).singleElement()
                    .satisfies(n -> assertThat(n.text().body()).isEqualTo("She brought a dream about the sea"));
        }
    }

    @Test
    void closeWindow_megabyteWithEmojiRightToLeftAndQuotes_keptExactly(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        openNotes(robot, olga.id());
        robot.clickOn("#newNoteButton");
        String line = "Она сказала: «мама» \"quoted\" 'single' 😀👩‍👧 שלום עולם مرحبا <b>&amp;</b> \\n %s {0}\n";
        String big = line.repeat(1_000_000 / line.length() + 1);
        robot.interact(() -> body(robot).setText(big));

        quitAsTheAppDoes(robot);

        try (var reopened = new Reopened(file)) {
            assertThat(reopened.practice.notes().forClient(olga.id())).singleElement()
                    .satisfies(n -> assertThat(n.text().body()).isEqualTo(big));
        }
    }

    @Test
    void openAnotherClient_midTyping_wordsAreSaved(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        Client anna = harness.practice().clients().save(ClientBuilders.anna().build());
        openNotes(robot, olga.id());
        robot.clickOn("#newNoteButton");
        robot.write("Tired, slept badly");

        robot.interact(() -> harness.window().openClient(anna.id()));
        harness.awaitIdle();

        assertThat(harness.practice().notes().forClient(olga.id())).singleElement()
                .satisfies(n -> assertThat(n.text().body()).isEqualTo("Tired, slept badly"));
    }

    @Test
    void typing_thenResting_savesAndSaysSo(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        openNotes(robot, olga.id());
        robot.clickOn("#newNoteButton");
        robot.write("Calmer today");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.practice().notes().forClient(olga.id()).stream()
                .anyMatch(n -> n.text().body().equals("Calmer today")));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#noteStatusLabel").queryAs(Label.class).getText().startsWith("Saved"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notesList(robot).getItems().size() == 1);
    }

    @Test
    void history_noteChangedAfterAPause_showsWhatItSaidBefore(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        Note first = harness.practice().notes().save(Note.draft(olga.id(), null, TestClock.TODAY)
                .withStructured(true).withText(new NoteText("first words", "Fear of the dark", "", "", "", "", "")));
        clock.advance(Duration.ofHours(2));
        harness.practice().notes().save(first.withText(first.text().withBody("second words")));
        openNotes(robot, olga.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> body(robot).getText().equals("second words"));

        robot.clickOn("#noteHistoryButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#noteVersionList").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ListView<NoteVersion> versions = robot.lookup("#noteVersionList").queryAs(ListView.class);
        assertThat(versions.getItems()).hasSize(1);
        String shown = robot.lookup("#noteVersionText").queryAs(TextArea.class).getText();
        assertThat(shown).contains("Theme", "Fear of the dark", "first words").doesNotContain("second words");
        robot.clickOn("#noteHistoryCloseButton");
    }

    @Test
    void privateNote_showsTheMarker_andTheToggleSavesIt(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        Note secret = harness.practice().notes().save(Note.draft(olga.id(), null, TestClock.TODAY)
                .withPrivate(true).withText(NoteText.free("My countertransference")));
        Note plain = harness.practice().notes().save(Note.draft(olga.id(), null, TestClock.TODAY.minusDays(1))
                .withText(NoteText.free("An ordinary note")));
        openNotes(robot, olga.id());

        assertThat(robot.lookup("#notePrivateBadge" + secret.id()).tryQuery()).isPresent();
        assertThat(robot.lookup("#notePrivateBadge" + plain.id()).tryQuery()).isEmpty();
        robot.clickOn("#noteRow" + secret.id());
        assertThat(robot.lookup("#notePrivateMarker").query().isVisible()).isTrue();

        robot.clickOn("#noteRow" + plain.id());
        assertThat(robot.lookup("#notePrivateMarker").query().isVisible()).isFalse();
        robot.clickOn("#notePrivateToggle");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> harness.practice().notes().find(plain.id()).orElseThrow().privateNote());
        assertThat(robot.lookup("#notePrivateMarker").query().isVisible()).isTrue();
    }

    @Test
    void pin_lineOfTheCaret_bannerShowsIt_andClearRemovesIt(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        harness.practice().notes().save(Note.draft(olga.id(), null, TestClock.TODAY)
                .withText(NoteText.free("Talked about work\nAsk about her sister's visit\nPlan: breathing")));
        openNotes(robot, olga.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !body(robot).getText().isEmpty());
        robot.interact(() -> {
            body(robot).requestFocus();
            body(robot).positionCaret(body(robot).getText().indexOf("sister"));
        });

        robot.clickOn("#notePinButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> banner(robot).isVisible());

        assertThat(robot.lookup("#askNextTimeBanner").queryAs(Label.class).getText())
                .contains("Ask about her sister's visit");
        assertThat(robot.lookup("#pinFeedbackLabel").queryAs(Label.class).isVisible()).isTrue();
        assertThat(harness.practice().clients().load(olga.id()).orElseThrow().askNextTime())
                .isEqualTo("Ask about her sister's visit");

        robot.clickOn("#askNextTimeBar #clearAskButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !banner(robot).isVisible());
        assertThat(harness.practice().clients().load(olga.id()).orElseThrow().askNextTime()).isEmpty();
    }

    @Test
    void todayClear_askedLine_isRemoved(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().askNextTime("How did the talk go").build());
        harness.practice().sessions().save(Session.planned(olga.id(), LocalDateTime.of(TestClock.TODAY,
                java.time.LocalTime.of(15, 0)), SessionKind.SINGLE), Set.of());
        harness.show(Area.TODAY);
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#askNextTimeLabel").tryQuery().isPresent());

        robot.clickOn("#todayList #clearAskButton");
        harness.awaitIdle();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#askNextTimeLabel").tryQuery().isEmpty());
        assertThat(harness.practice().clients().load(olga.id()).orElseThrow().askNextTime()).isEmpty();
    }

    @Test
    void closeSessionPanel_noteTypedThenCancelled_isSavedWithTheSession(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        Session session = harness.practice().sessions().save(Session.planned(olga.id(), LocalDateTime.of(
                TestClock.TODAY, java.time.LocalTime.of(9, 0)), SessionKind.SINGLE), Set.of());
        harness.show(Area.TODAY);
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#closeSessionButton").tryQuery().isPresent());

        robot.clickOn("#closeSessionButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#closeNoteEditor #noteBodyArea").tryQuery().map(Node::isVisible).orElse(false)
                        && robot.lookup("#closeNoteEditor #noteBodyArea").query().getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#closeNoteHint").tryQuery()).isPresent();
        // The note is the panel's last section, below the fold: the cursor goes there as Tab would take it.
        robot.clickOn("#closeClientLabel");
        robot.interact(() -> robot.lookup("#closeNoteEditor #noteBodyArea").query().requestFocus());
        robot.write("Worked with the inner child");
        robot.clickOn("#closeCancelButton");
        harness.awaitIdle();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.practice().notes().forSession(session.id())
                .map(n -> n.text().body().equals("Worked with the inner child")).orElse(false));
        Note saved = harness.practice().notes().forSession(session.id()).orElseThrow();
        assertThat(saved.clientId()).isEqualTo(olga.id());
        assertThat(saved.date()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void delete_confirmedWithOurButton_removesTheNote(FxRobot robot) throws Exception {
        Client olga = client("Olga");
        Note note = harness.practice().notes().save(Note.draft(olga.id(), null, TestClock.TODAY)
                .withText(NoteText.free("To be deleted")));
        openNotes(robot, olga.id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notesList(robot).getSelectionModel().getSelectedItem() != null);

        robot.clickOn("#deleteNoteButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        Node delete = robot.lookup(".confirmation .button").queryAll().stream()
                .filter(n -> "Delete".equals(((javafx.scene.control.Button) n).getText())).findFirst().orElseThrow();
        robot.clickOn(delete);
        harness.awaitIdle();

        assertThat(harness.practice().notes().find(note.id())).isEmpty();
        assertThat(notesList(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#notesEmptyState").query().isVisible()).isTrue();
    }

    private Client client(String firstName) {
        return harness.practice().clients().save(ClientBuilders.minimal(firstName).build());
    }

    private void openNotes(FxRobot robot, long clientId) throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        robot.interact(() -> harness.window().openClient(clientId, CardTab.NOTES, 0));
        harness.awaitIdle();
    }

    /** What the app does when she closes the window: settle, then stop the worker and close the file. */
    private void quitAsTheAppDoes(FxRobot robot) throws Exception {
        AtomicBoolean quit = new AtomicBoolean();
        robot.interact(() -> harness.window().whenSettled(() -> {
            harness.close();
            closedByTest = true;
            quit.set(true);
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, quit::get);
    }

    private static TextArea body(FxRobot robot) {
        return robot.lookup("#notesPane #noteBodyArea").queryAs(TextArea.class);
    }

    private static Node banner(FxRobot robot) {
        return robot.lookup("#askNextTimeBar").query();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Note> notesList(FxRobot robot) {
        return robot.lookup("#notesList").queryAs(ListView.class);
    }

    /** The file opened again after the window closed it. */
    private static final class Reopened implements AutoCloseable {
        final Practice practice;

        Reopened(Path file) throws Exception {
            practice = Practice.open(file, TestClock.FIXED);
        }

        @Override
        public void close() {
            practice.close();
        }
    }
}
