package org.kabinet.ui.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The programs screen as she uses it: rename a lesson, move it, retire it; deleting a done one is refused. */
@ExtendWith(ApplicationExtension.class)
class ProgramsScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("test-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    private Practice practice() {
        return harness.practice();
    }

    private long base() {
        return practice().programs().programs().get(0).id();
    }

    private List<Lesson> lessons() {
        return practice().programs().lessons(base());
    }

    private void open(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.PROGRAMS);
        harness.awaitIdle();
        assertThat(table(robot).getItems()).hasSize(15);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Lesson> table(FxRobot robot) {
        return robot.lookup("#lessonTable").queryAs(TableView.class);
    }

    @Test
    void renameLesson_typedTitle_isSavedAndShown_clearingBringsTheShippedOneBack(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("Birth (reprogramming your life)");
        robot.doubleClickOn("#lessonTitleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Birth, the real one");
        robot.clickOn("#saveLessonButton");
        harness.awaitIdle();

        assertThat(lessons().get(0).title()).isEqualTo("Birth, the real one");
        assertThat(table(robot).getItems().get(0).title()).isEqualTo("Birth, the real one");

        robot.clickOn("#lessonTitleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        robot.clickOn("#saveLessonButton");
        harness.awaitIdle();
        assertThat(lessons().get(0).title()).isEmpty();
        robot.lookup("Birth (reprogramming your life)").query();
    }

    @Test
    void moveLesson_altDown_putsItAfterTheNext(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("Birth (reprogramming your life)");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        harness.awaitIdle();

        assertThat(lessons()).extracting(Lesson::code).startsWith("base.childhood", "base.birth", "base.death");
        assertThat(table(robot).getSelectionModel().getSelectedItem().code()).isEqualTo("base.birth");

        robot.clickOn("#moveUpButton");
        harness.awaitIdle();
        assertThat(lessons()).extracting(Lesson::code).startsWith("base.birth", "base.childhood");
    }

    @Test
    void retireLesson_marksItRetired_andBringBackUndoes(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("Death (working with fear)");
        robot.clickOn("#retireLessonButton");
        harness.awaitIdle();

        assertThat(lessons().get(2).retired()).isTrue();
        robot.lookup("Retired").query();

        robot.clickOn("#retireLessonButton");
        harness.awaitIdle();
        assertThat(lessons().get(2).retired()).isFalse();
    }

    @Test
    void deleteLesson_thatAClientHasDone_isRefusedWithTheExplanation(FxRobot robot) throws Exception {
        long client = practice().clients().save(ClientBuilders.minimal("Anna").build()).id();
        Enrolment enrolment = practice().enrolments().enrol(client, base(), TestClock.TODAY.minusDays(20), null);
        Lesson first = lessons().get(0);
        practice().sessions().save(new Session(0, client, TestClock.TODAY.minusDays(14).atTime(10, 0), 60,
                SessionFormat.IN_PERSON, SessionKind.LESSON, SessionStatus.DONE, false, null, false,
                enrolment.id(), first.id()), EnumSet.noneOf(SessionWarning.Kind.class));
        open(robot);

        robot.clickOn("Birth (reprogramming your life)");
        robot.clickOn("#deleteLessonButton");
        robot.type(KeyCode.ENTER);
        harness.awaitIdle();

        DialogPane refusal = robot.lookup("#refusalDialog").queryAs(DialogPane.class);
        assertThat(refusal.getContentText()).contains("cannot be deleted", "Retire it instead");
        robot.type(KeyCode.ENTER);
        assertThat(lessons()).hasSize(15).first().extracting(Lesson::id).isEqualTo(first.id());
    }

    @Test
    void deleteLesson_nobodyDid_removesIt(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("Lesson 15");
        robot.clickOn("#deleteLessonButton");
        robot.type(KeyCode.ENTER);
        harness.awaitIdle();

        assertThat(lessons()).hasSize(14);
        assertThat(table(robot).getItems()).hasSize(14);
    }
}
