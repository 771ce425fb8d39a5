package org.kabinet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Exercise;
import org.kabinet.model.Lesson;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Words typed into a lesson's or an exercise's form are asked about before the window is built
 * again, closed or given another file (whenSettled): save writes them, discard drops them, stay
 * cancels the step.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedFormsTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private final AtomicBoolean proceeded = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("unsaved-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        OwnedWindows.closeAll();
        harness.close();
    }

    @Test
    void whenSettled_lessonTitleTypedAndSaveChosen_writesItThenProceeds(FxRobot robot) throws Exception {
        typeLessonTitle(robot, "Birth, as I teach it");
        DialogPane question = settleAndWaitForQuestion(robot);
        assertThat(question.getContentText()).isEqualTo("This lesson has changes that are not saved yet. Save them?");

        robot.clickOn("#unsavedSaveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, proceeded::get);
        harness.awaitIdle();

        assertThat(firstLesson().title()).isEqualTo("Birth, as I teach it");
    }

    @Test
    void whenSettled_lessonTitleTypedAndDiscardChosen_dropsItThenProceeds(FxRobot robot) throws Exception {
        typeLessonTitle(robot, "Birth, never kept");
        settleAndWaitForQuestion(robot);

        robot.clickOn("#unsavedDiscardButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, proceeded::get);
        harness.awaitIdle();

        assertThat(firstLesson().title()).isEmpty();
        assertThat(field(robot, "#lessonTitleField").getText()).isEqualTo("Birth (reprogramming your life)");
    }

    @Test
    void whenSettled_lessonTitleTypedAndStayChosen_keepsTheWordsAndDoesNotProceed(FxRobot robot) throws Exception {
        typeLessonTitle(robot, "Birth, still typing");
        settleAndWaitForQuestion(robot);

        robot.clickOn("#unsavedStayButton");
        harness.awaitIdle();

        assertThat(proceeded).isFalse();
        assertThat(field(robot, "#lessonTitleField").getText()).isEqualTo("Birth, still typing");
        assertThat(firstLesson().title()).isEmpty();
    }

    @Test
    void whenSettled_lessonTypedWhileAnotherAreaIsShown_bringsTheProgramsForwardToAsk(FxRobot robot) throws Exception {
        typeLessonTitle(robot, "Birth, left behind");
        harness.show(Area.TODAY);
        settleAndWaitForQuestion(robot);

        assertThat(harness.window().shownArea()).isEqualTo(Area.PROGRAMS);
        robot.clickOn("#unsavedStayButton");
        harness.awaitIdle();
        assertThat(proceeded).isFalse();
    }

    @Test
    void whenSettled_formsOpenedButUntouched_proceedsWithoutAsking(FxRobot robot) throws Exception {
        openPrograms();
        harness.show(Area.LIBRARY);
        harness.awaitIdle();
        robot.clickOn("#newExerciseButton");

        WaitForAsyncUtils.asyncFx(() -> harness.window().whenSettled(() -> proceeded.set(true)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, proceeded::get);
        assertThat(robot.lookup("#unsavedDialog").tryQuery()).isEmpty();
    }

    @Test
    void whenSettled_exerciseTypedAndSaveChosen_writesItThenProceeds(FxRobot robot) throws Exception {
        int before = library().size();
        typeNewExercise(robot, "Letter to the future self");
        DialogPane question = settleAndWaitForQuestion(robot);
        assertThat(question.getContentText()).isEqualTo("This exercise has changes that are not saved yet. Save them?");

        robot.clickOn("#unsavedSaveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, proceeded::get);
        harness.awaitIdle();

        assertThat(library()).hasSize(before + 1).extracting(Exercise::title).contains("Letter to the future self");
    }

    @Test
    void whenSettled_exerciseTypedAndDiscardChosen_dropsItThenProceeds(FxRobot robot) throws Exception {
        int before = library().size();
        typeNewExercise(robot, "Letter never written");
        settleAndWaitForQuestion(robot);

        robot.clickOn("#unsavedDiscardButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, proceeded::get);
        harness.awaitIdle();

        assertThat(library()).hasSize(before);
        assertThat(onScreen(robot.lookup("#exerciseTitleField").query())).isFalse();
    }

    @Test
    void whenSettled_exerciseTypedAndStayChosen_keepsTheWordsAndDoesNotProceed(FxRobot robot) throws Exception {
        int before = library().size();
        typeNewExercise(robot, "Letter half written");
        settleAndWaitForQuestion(robot);

        robot.clickOn("#unsavedStayButton");
        harness.awaitIdle();

        assertThat(proceeded).isFalse();
        assertThat(field(robot, "#exerciseTitleField").getText()).isEqualTo("Letter half written");
        assertThat(library()).hasSize(before);
    }

    private void openPrograms() throws Exception {
        harness.awaitIdle();
        harness.show(Area.PROGRAMS);
        harness.awaitIdle();
    }

    /** The first lesson of the Base (Birth) is selected when the screen opens; its title is replaced. */
    private void typeLessonTitle(FxRobot robot, String title) throws Exception {
        openPrograms();
        TextField field = field(robot, "#lessonTitleField");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !field.getText().isEmpty());
        robot.interact(field::clear);
        robot.clickOn(field).write(title);
    }

    private void typeNewExercise(FxRobot robot, String title) throws Exception {
        harness.awaitIdle();
        harness.show(Area.LIBRARY);
        harness.awaitIdle();
        robot.clickOn("#newExerciseButton");
        robot.clickOn("#exerciseTitleField").write(title);
    }

    /** Asks as the app does before a language switch or quitting; waits for the question's buttons. */
    private DialogPane settleAndWaitForQuestion(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.window().whenSettled(() -> proceeded.set(true)));
        for (String button : new String[] {"#unsavedSaveButton", "#unsavedDiscardButton", "#unsavedStayButton"}) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup(button).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#unsavedDialog").queryAs(DialogPane.class);
    }

    private Lesson firstLesson() {
        long base = harness.practice().programs().programs().get(0).id();
        return harness.practice().programs().lessons(base).get(0);
    }

    private java.util.List<Exercise> library() {
        return harness.practice().exercises().library(Locale.ENGLISH);
    }

    /** Visible with every parent: the form is on screen, not hidden behind the details. */
    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
