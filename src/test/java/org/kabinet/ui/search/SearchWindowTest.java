package org.kabinet.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.SearchKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search window in the real main window: opened by its shortcuts, typed into, moved through
 * and left with Enter or Esc. Nodes are found by their ids.
 */
@ExtendWith(ApplicationExtension.class)
class SearchWindowTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private Client olga;
    private Client anna;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("search-" + System.nanoTime() + ".db"));
        var practice = harness.practice();
        olga = practice.clients().save(ClientBuilders.olga().build());
        anna = practice.clients().save(ClientBuilders.anna().build());
        practice.notes().save(Note.draft(anna.id(), null, LocalDate.of(2026, 11, 20))
                .withText(NoteText.free("Говорили о ссоре с отцом; письмо не отправлено.")));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void ctrlK_opensTheWindow_withTheFieldFocused(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field(robot).isFocused());
        assertThat(harness.window().searchWindow().isShowing()).isTrue();
        assertThat(message(robot).getText()).startsWith("Type part of a name");
    }

    @Test
    void typing_aPrefix_showsGroupedResults_withTheMatchHighlighted(FxRobot robot) throws Exception {
        open(robot);
        robot.write("отц");
        awaitRows(robot, 2);

        assertThat(list(robot).getItems().get(0)).isEqualTo(new SearchRow.Header(SearchKind.NOTE, 1));
        assertThat(robot.lookup("#searchResults .search-match").queryAllAs(Text.class))
                .extracting(Text::getText).contains("отцом");
        assertThat(robot.lookup("#searchResults .search-client-title").queryAs(Label.class).getText())
                .isEqualTo(anna.name().full());
        assertThat(robot.lookup("#searchTook").queryAs(Label.class).getText()).endsWith(" ms");
    }

    @Test
    void typing_punctuationOnly_saysNothingToSearch_withoutADialog(FxRobot robot) throws Exception {
        open(robot);
        robot.write("?!* OR \"");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message(robot).getText().startsWith("Type a word"));
        harness.awaitIdle();
        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.listWindows()).hasSize(2);
    }

    @Test
    void enter_onANote_opensTheCardAtTheNotesTab(FxRobot robot) throws Exception {
        open(robot);
        robot.write("отцом");
        awaitRows(robot, 2);
        robot.type(KeyCode.ENTER);
        harness.awaitIdle();

        assertThat(harness.window().searchWindow().isShowing()).isFalse();
        assertThat(harness.window().shownArea()).isEqualTo(Area.CLIENTS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "notesTab".equals(tabs(robot).getSelectionModel().getSelectedItem().getId()));
        assertThat(robot.lookup("#lastNameField").queryAs(TextField.class).getText())
                .isEqualTo(anna.name().lastName());
    }

    @Test
    void downAndEnter_onHomework_opensTheHomeworkTabWithItSelected(FxRobot robot) throws Exception {
        Homework letter = harness.practice().homework().assign(List.of(new Homework(0, olga.id(), null, null, null,
                "Письмо отцу", "", null, LocalDate.of(2026, 12, 1), HomeworkStatus.ASSIGNED, "", "")), false).get(0);
        harness.practice().homework().assign(List.of(new Homework(0, olga.id(), null, null, null,
                "Дневник", "", null, LocalDate.of(2026, 12, 1), HomeworkStatus.ASSIGNED, "", "")), false);
        open(robot);
        robot.write("отц");
        awaitRows(robot, 4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        harness.awaitIdle();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "homeworkTab".equals(tabs(robot).getSelectionModel().getSelectedItem().getId()));
        @SuppressWarnings("unchecked")
        TableView<Homework> table = robot.lookup("#homeworkTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(letter.id());
    }

    @Test
    void enter_onALesson_showsProgramsWithTheLessonSelected(FxRobot robot) throws Exception {
        open(robot);
        robot.write("childhood");
        awaitRows(robot, 2);
        robot.type(KeyCode.ENTER);
        harness.awaitIdle();

        assertThat(harness.window().shownArea()).isEqualTo(Area.PROGRAMS);
        @SuppressWarnings("unchecked")
        TableView<Lesson> table = robot.lookup("#lessonTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                && "base.childhood".equals(table.getSelectionModel().getSelectedItem().code()));
    }

    @Test
    void click_onAHit_opensIt(FxRobot robot) throws Exception {
        open(robot);
        robot.write("отцом");
        awaitRows(robot, 2);
        robot.clickOn(robot.lookup("#searchResults .search-hit-cell").<javafx.scene.Node>query());
        harness.awaitIdle();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "notesTab".equals(tabs(robot).getSelectionModel().getSelectedItem().getId()));
        assertThat(harness.window().searchWindow().isShowing()).isFalse();
    }

    @Test
    void reopening_searchesAgain_andShowsWhatChangedMeanwhile(FxRobot robot) throws Exception {
        open(robot);
        robot.write("отцом");
        awaitRows(robot, 2);
        robot.type(KeyCode.ESCAPE);
        harness.practice().notes().save(Note.draft(olga.id(), null, LocalDate.of(2026, 11, 21))
                .withText(NoteText.free("Снова об отношениях с отцом.")));

        robot.targetWindow(harness.window().root().getScene().getWindow());
        open(robot);
        awaitRows(robot, 3);
        assertThat(list(robot).getItems().get(0)).isEqualTo(new SearchRow.Header(SearchKind.NOTE, 2));
    }

    @Test
    void escape_closesTheWindow(FxRobot robot) throws Exception {
        open(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.window().searchWindow().isShowing()).isFalse();
    }

    @Test
    void click_inTheMainWindow_closesTheWindow(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#calendarNav");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.window().searchWindow().isShowing()).isFalse();
        assertThat(harness.window().shownArea()).isEqualTo(Area.CALENDAR);
    }

    @Test
    void sidebarButton_whileTheWindowIsOpen_keepsItOpen(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.window().searchWindow().isShowing()).isTrue();
    }

    @Test
    void ctrlF_overAFilteredClientList_startsWithTheFilterWords(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        robot.clickOn("#searchField").write("Иван");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field(robot).isFocused());

        assertThat(field(robot).getText()).isEqualTo("Иван");
        awaitRows(robot, 2);
        assertThat(list(robot).getItems().get(0)).isEqualTo(new SearchRow.Header(SearchKind.CLIENT, 1));
    }

    @Test
    void sidebarButton_opensTheWindow(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.clickOn("#searchButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field(robot).isFocused());
    }

    private void open(FxRobot robot) throws Exception {
        harness.awaitIdle();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field(robot).isFocused());
        // Keys go to the window on top, as the desktop would send them (no click in the field).
        robot.targetWindow(field(robot).getScene().getWindow());
    }

    private void awaitRows(FxRobot robot, int atLeast) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).getItems().size() >= atLeast);
        harness.awaitIdle();
    }

    private static TextField field(FxRobot robot) {
        return robot.lookup("#globalSearchField").queryAs(TextField.class);
    }

    private static Label message(FxRobot robot) {
        return robot.lookup("#searchMessage").queryAs(Label.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchRow> list(FxRobot robot) {
        return robot.lookup("#searchResults").queryAs(ListView.class);
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#cardTabs").queryAs(TabPane.class);
    }
}
