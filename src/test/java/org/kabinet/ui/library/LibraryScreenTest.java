package org.kabinet.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The exercise library as she uses it: writing an exercise, a title refused, and the search. */
@ExtendWith(ApplicationExtension.class)
class LibraryScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("library-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void newExercise_filledIn_isSavedAndShown(FxRobot robot) throws Exception {
        openLibrary();
        robot.clickOn("#newExerciseButton");
        robot.clickOn("#exerciseTitleField").write("Letter to the future self");
        robot.clickOn("#exercisePurposeArea").write("Hope and direction");
        robot.clickOn("#exerciseStepsArea").write("Sit quietly\nWrite the letter");
        // The tags field is below the fold of the form: typed into directly, as a scroll would reach it.
        robot.interact(() -> robot.lookup("#exerciseTagsField").queryAs(javafx.scene.control.TextField.class)
                .setText("future, hope"));
        robot.clickOn("#saveExerciseButton");
        harness.awaitIdle();

        Exercise saved = byTitle("Letter to the future self");
        assertThat(saved.steps()).containsExactly("Sit quietly", "Write the letter");
        assertThat(saved.tags()).containsExactly("future", "hope");
        assertThat(robot.lookup("#exerciseTitleLabel").queryAs(Label.class).getText()).isEqualTo("Letter to the future self");
    }

    @Test
    void newExercise_withoutTitle_isRefusedWithTheMessageBesideTheTitle(FxRobot robot) throws Exception {
        openLibrary();
        int before = harness.practice().exercises().library(java.util.Locale.ENGLISH).size();
        robot.clickOn("#newExerciseButton");
        robot.clickOn("#exercisePurposeArea").write("Something");
        robot.clickOn("#saveExerciseButton");
        harness.awaitIdle();

        Label error = robot.lookup("#exerciseTitleError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("An exercise needs a title, up to 200 characters.");
        assertThat(harness.practice().exercises().library(java.util.Locale.ENGLISH)).hasSize(before);
    }

    @Test
    void search_wordsInAnyCase_keepsOnlyTheExercisesThatMatch(FxRobot robot) throws Exception {
        harness.practice().exercises().save(exercise("Kestrel breathing at night", "calm", List.of("Marigold sleep")));
        harness.practice().exercises().save(exercise("Anger letter", "release, marigold style", List.of("anger")));
        openLibrary();

        robot.clickOn("#exerciseSearchField").write("MARIGOLD");
        assertThat(shownTitles(robot)).containsExactly("Kestrel breathing at night", "Anger letter");
        robot.write(" kestrel");
        assertThat(shownTitles(robot)).containsExactly("Kestrel breathing at night");
    }

    private void openLibrary() throws Exception {
        harness.show(Area.LIBRARY);
        harness.awaitIdle();
    }

    private Exercise byTitle(String title) {
        return harness.practice().exercises().library(java.util.Locale.ENGLISH).stream()
                .filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownTitles(FxRobot robot) {
        ListView<Exercise> list = robot.lookup("#exerciseList").queryAs(ListView.class);
        return list.getItems().stream().map(ExerciseLabels::title).toList();
    }

    static Exercise exercise(String title, String purpose, List<String> tags) {
        return new Exercise(0, null, true, title, ExerciseMethod.BODY, purpose, "Step one", "", "", "", tags, false);
    }
}
