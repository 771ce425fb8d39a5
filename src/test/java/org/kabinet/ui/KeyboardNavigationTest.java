package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.today.TodayFixtures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab walks every field of a screen and leaves it again: no text box keeps it, no grid eats seventy stops. */
@ExtendWith(ApplicationExtension.class)
class KeyboardNavigationTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private Stage stage;
    private TodayFixtures data;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness(folder.resolve("keys-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    private void withData() throws Exception {
        data = TodayFixtures.in(harness.practice());
        harness.reload();
        harness.awaitIdle();
    }

    /** The ids of the nodes Tab lands on, {@code presses} times from {@code start}. */
    private List<String> tabFrom(FxRobot robot, String start, int presses) {
        robot.interact(() -> robot.lookup(start).query().requestFocus());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < presses; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            Node owner = stage.getScene().getFocusOwner();
            seen.add(owner == null ? null : owner.getId());
        }
        return seen;
    }

    @Test
    void tab_fromTheClientsRequest_goesOnToTheGoals(FxRobot robot) throws Exception {
        withData();
        robot.interact(() -> harness.window().openClient(data.olga().id()));
        harness.awaitIdle();

        assertThat(tabFrom(robot, "#requestArea", 2)).containsExactly("goal1Field", "goal1Status");
        assertThat(robot.lookup("#requestArea").queryAs(javafx.scene.control.TextArea.class).getText())
                .doesNotContain("\t");
    }

    @Test
    void shiftTab_fromTheGoals_goesBackToTheRequest(FxRobot robot) throws Exception {
        withData();
        robot.interact(() -> harness.window().openClient(data.olga().id()));
        harness.awaitIdle();
        robot.interact(() -> robot.lookup("#goal1Field").query().requestFocus());

        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);

        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("referredByField");
    }

    @Test
    void tab_throughTheCalendar_reachesTheWeekButtonsPastTheSessions(FxRobot robot) throws Exception {
        withData();
        harness.show(Area.CALENDAR);
        harness.awaitIdle();

        assertThat(tabFrom(robot, "#calendarNav", 12)).contains("previousWeekButton", "nextWeekButton",
                "session-" + data.lessonToday().id());
    }

    @Test
    void tab_throughALesson_leavesTheDescriptionForSave(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.PROGRAMS);
        harness.awaitIdle();

        assertThat(tabFrom(robot, "#lessonDescriptionArea", 1)).containsExactly("saveLessonButton");
    }

    @Test
    void tab_throughTheHomeworkDialog_visitsEveryFieldOnceAndReachesSave(FxRobot robot) throws Exception {
        withData();
        robot.interact(() -> harness.window().openClient(data.olga().id()));
        harness.awaitIdle();
        robot.clickOn("#homeworkTab");
        harness.awaitIdle();
        robot.clickOn("#giveHomeworkButton");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#assignHomeworkSaveButton").tryQuery().isPresent());
        harness.awaitIdle();

        javafx.scene.Scene dialog = robot.lookup("#assignHomeworkDialog").query().getScene();
        robot.interact(() -> robot.lookup("#chooserSearchField").query().requestFocus());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            Node owner = dialog.getFocusOwner();
            seen.add(owner == null ? null : owner.getId());
        }

        assertThat(seen).containsSubsequence("chooserList", "homeworkFreeTitleField", "homeworkFreeTextArea",
                "homeworkNoteArea", "homeworkDueField", "assignHomeworkSaveButton");
        // Space ticks the exercise chosen in the list.
        robot.interact(() -> robot.lookup("#chooserList").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN).press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(robot.lookup("#chooserList .chooser-check").queryAllAs(javafx.scene.control.CheckBox.class))
                .filteredOn(javafx.scene.control.CheckBox::isSelected).extracting(javafx.scene.Node::getId)
                .containsExactly("chooseExercise1", "chooseExercise2");
        robot.interact(() -> dialog.getWindow().hide());
    }
}
