package org.kabinet.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card's homework tab: giving homework through the dialog, talking it over, an archived client. */
@ExtendWith(ApplicationExtension.class)
class HomeworkTabTest {

    /** TestClock.FIXED is Tuesday 24 November 2026; the next session is a week later. */
    private static final LocalDateTime NEXT_SESSION = LocalDateTime.of(2026, 12, 1, 15, 0);

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("homework-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void giveHomework_exerciseTicked_savesItDueOnTheNextPlannedSession(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        harness.practice().sessions().save(Session.planned(olga.id(), NEXT_SESSION, SessionKind.SINGLE), Set.of());
        Exercise letter = harness.practice().exercises().save(exercise("Unsent letter to the father"));
        openHomeworkTab(robot, olga.id());

        robot.clickOn("#giveHomeworkButton");
        harness.awaitIdle();
        robot.clickOn("#chooserSearchField").write("unsent letter");
        robot.clickOn("#chooseExercise" + letter.id());
        robot.clickOn("#homeworkNoteArea").write("Take your time");
        robot.clickOn("#assignHomeworkSaveButton");
        harness.awaitIdle();

        List<Homework> given = harness.practice().homework().forClient(olga.id());
        assertThat(given).singleElement().satisfies(h -> {
            assertThat(h.exerciseId()).isEqualTo(letter.id());
            assertThat(h.due()).isEqualTo(NEXT_SESSION.toLocalDate());
            assertThat(h.instructions()).endsWith("Take your time");
            assertThat(h.sessionId()).isNull();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
    }

    @Test
    void discussed_feedbackAndComment_areSaved(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        Homework given = harness.practice().homework().assign(List.of(new Homework(0, olga.id(), null, null, null,
                "Walk every evening", "", null, LocalDate.of(2026, 12, 1), HomeworkStatus.ASSIGNED, "", "")), false).get(0);
        openHomeworkTab(robot, olga.id());

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#homeworkDiscussedButton");
        robot.clickOn("#homeworkFeedbackArea").write("Walked four times");
        robot.clickOn("#homeworkCommentArea").write("More energy");
        robot.clickOn("#discussSaveButton");
        harness.awaitIdle();

        Homework h = harness.practice().homework().forClient(olga.id()).get(0);
        assertThat(h.id()).isEqualTo(given.id());
        assertThat(h.status()).isEqualTo(HomeworkStatus.DISCUSSED);
        assertThat(h.feedback()).isEqualTo("Walked four times");
        assertThat(h.comment()).isEqualTo("More energy");
    }

    @Test
    void giveHomework_toArchivedClient_asksFirstAndSavesOnlyOnceConfirmed(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        openHomeworkTab(robot, olga.id());
        harness.practice().clients().archive(olga.id(), "moved away");

        robot.clickOn("#giveHomeworkButton");
        harness.awaitIdle();
        robot.clickOn("#homeworkFreeTitleField").write("Keep a diary");
        robot.clickOn("#assignHomeworkSaveButton");
        harness.awaitIdle();
        clickInConfirmation(robot, "Cancel");
        assertThat(harness.practice().homework().forClient(olga.id())).isEmpty();

        robot.clickOn("#assignHomeworkSaveButton");
        harness.awaitIdle();
        clickInConfirmation(robot, "Give all the same");
        harness.awaitIdle();
        assertThat(harness.practice().homework().forClient(olga.id())).extracting(Homework::title)
                .containsExactly("Keep a diary");
    }

    private void openHomeworkTab(FxRobot robot, long id) throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        robot.interact(() -> harness.window().openClient(id));
        harness.awaitIdle();
        robot.clickOn("#homeworkTab");
        harness.awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Homework> table(FxRobot robot) {
        return robot.lookup("#homeworkTable").queryAs(TableView.class);
    }

    private static void clickInConfirmation(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        Node button = robot.lookup(".confirmation .button").queryAll().stream()
                .filter(n -> text.equals(((Button) n).getText())).findFirst().orElseThrow();
        robot.clickOn(button);
    }

    private static Exercise exercise(String title) {
        return new Exercise(0, null, true, title, ExerciseMethod.GESTALT, "Say what was not said",
                "Write the letter\nDo not send it", "", "", "", List.of("family"), false);
    }
}
