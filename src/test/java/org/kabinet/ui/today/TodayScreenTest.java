package org.kabinet.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today as she meets it on the test clock's Tuesday: the lesson planned, the client's progress,
 * and closing the session through the panel (lesson done, next session booked a week later).
 */
@ExtendWith(ApplicationExtension.class)
class TodayScreenTest {

    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("today-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void today_withAPlannedLesson_showsTheLessonProgressAndWhatToAsk(FxRobot robot) throws Exception {
        TodayFixtures f = TodayFixtures.in(harness.practice());
        TodayFixtures.singleSession(harness.practice(), "Мария", TodayFixtures.TODAY_AT_11.plusDays(1),
                SessionStatus.PLANNED);
        showToday();

        Node row = robot.lookup("#sessionRow" + f.lessonToday().id()).query();
        assertThat(row.getParent().getId()).isEqualTo("todayList");
        assertThat(robot.lookup("#todayHeading").queryAs(Label.class).getText()).isEqualTo("Today, Tuesday 24 November");
        assertThat(text(robot, row, "#clientNameLabel")).isEqualTo("Иванова Ольга Петровна");
        assertThat(text(robot, row, "#progressBadge")).isEqualTo("Base 0/15");
        assertThat(text(robot, row, "#purposeLabel")).isEqualTo(ProgramLabels.lesson(f.lessons().get(0), EN));
        assertThat(text(robot, row, "#askNextTimeLabel")).isEqualTo("Next time, ask about: Как прошёл разговор с мамой?");
        assertThat(robot.lookup("#tomorrowList").queryAs(VBox.class).getChildren()).hasSize(1);
        assertThat(robot.lookup("#tomorrowHeading").queryAs(Label.class).getText())
                .isEqualTo("Tomorrow, Wednesday 25 November");
    }

    @Test
    void today_withHomeworkGivenLastTime_showsItToReviewOnTheClientsRow(FxRobot robot) throws Exception {
        TodayFixtures f = TodayFixtures.in(harness.practice());
        Exercise diary = harness.practice().exercises().save(Exercise.blank().withTexts("Dream diary", "", "", "", "",
                ""));
        harness.practice().homework().assign(List.of(
                new Homework(0, f.olga().id(), null, null, diary.id(), "", "", null, null, null, "", ""),
                new Homework(0, f.olga().id(), null, null, null, "Письмо маме", "", null, null,
                        HomeworkStatus.PARTLY_DONE, "", ""),
                new Homework(0, f.olga().id(), null, null, null, "Talked over already", "", null, null,
                        HomeworkStatus.DISCUSSED, "", "")), false);
        showToday();

        Node row = robot.lookup("#sessionRow" + f.lessonToday().id()).query();
        VBox homework = robot.from(row).lookup("#homeworkToReview").queryAs(VBox.class);
        List<String> texts = robot.from(homework).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(texts.get(0)).isEqualTo("Homework to review:");
        assertThat(texts).containsSubsequence("• Dream diary", "Assigned");
        assertThat(texts).containsSubsequence("• Письмо маме", "Partly done");
        assertThat(texts).doesNotContain("• Talked over already");
        assertThat(robot.lookup("#printDayHomeworkButton").tryQuery()).isPresent();
    }

    @Test
    void today_withoutSessions_saysHowToPlanThem(FxRobot robot) throws Exception {
        TodayFixtures.singleSession(harness.practice(), "Мария", TodayFixtures.TODAY_AT_11.minusDays(3),
                SessionStatus.DONE);
        showToday();

        assertThat(robot.lookup("#todayEmpty").tryQuery()).isPresent();
        assertThat(robot.lookup("#tomorrowEmpty").tryQuery()).isPresent();
        assertThat(robot.lookup("#openCalendarButton").tryQuery()).isPresent();
    }

    @Test
    void closeSession_fromToday_marksTheLessonDoneAndBooksTheNextLessonAWeekLater(FxRobot robot) throws Exception {
        TodayFixtures f = TodayFixtures.in(harness.practice());
        showToday();

        robot.clickOn(robot.lookup("#sessionRow" + f.lessonToday().id()).lookup("#closeSessionButton").<Node>query());
        waitForPanel(robot);
        assertThat(robot.lookup("#nextDateField").queryAs(TextField.class).getText()).isEqualTo("01/12/2026");
        assertThat(robot.lookup("#nextTimeField").queryAs(TextField.class).getText()).isEqualTo("11:00");
        assertThat(robot.lookup("#slot1100").tryQuery()).isPresent();
        TextArea ask = robot.lookup("#askNextTimeArea").queryAs(TextArea.class);
        assertThat(ask.getText()).isEqualTo("Как прошёл разговор с мамой?");
        robot.clickOn(ask).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("dream diary");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        harness.awaitIdle();

        assertThat(robot.lookup("#closeSessionPanel").tryQuery()).isEmpty();
        ProgramProgress progress = harness.practice().enrolments().progress(f.olga().id()).get(0);
        assertThat(progress.done()).isEqualTo(1);
        assertThat(progress.isDone(f.lessons().get(0).id())).isTrue();
        assertThat(harness.practice().sessions().find(f.lessonToday().id()).orElseThrow().status())
                .isEqualTo(SessionStatus.DONE);
        Session next = harness.practice().sessions().forClient(f.olga().id()).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED).findFirst().orElseThrow();
        assertThat(next.start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 11, 0));
        assertThat(next.kind()).isEqualTo(SessionKind.LESSON);
        assertThat(next.lessonId()).isEqualTo(f.lessons().get(1).id());
        assertThat(next.enrolmentId()).isEqualTo(f.enrolment().id());
        assertThat(harness.practice().clients().load(f.olga().id()).orElseThrow().askNextTime()).isEqualTo("dream diary");

        Node row = robot.lookup("#sessionRow" + f.lessonToday().id()).query();
        assertThat(text(robot, row, "#progressBadge")).isEqualTo("Base 1/15");
        assertThat(text(robot, row, "#statusLabel")).isEqualTo("Done");
        assertThat(robot.from(row).lookup("#closeSessionButton").tryQuery()).isEmpty();
    }

    @Test
    void clickOpensTheClient_andCtrlEnterClosing_withATimeThatIsNoTime_saysSoBesideTheField(FxRobot robot) throws Exception {
        TodayFixtures f = TodayFixtures.in(harness.practice());
        showToday();

        robot.clickOn("#sessionRow" + f.lessonToday().id());
        harness.awaitIdle();
        assertThat(robot.lookup("#lastNameField").queryAs(TextField.class).getText()).isEqualTo("Иванова");
        // A click opened the client; back to Today, and close by keyboard from the row.
        harness.show(Area.TODAY);
        harness.awaitIdle();
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#sessionRow" + f.lessonToday().id()).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitForPanel(robot);
        robot.doubleClickOn("#nextTimeField").write("25:99");
        robot.clickOn("#closeSaveButton");
        harness.awaitIdle();

        Label error = robot.lookup("#nextTimeError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Type the time as HH:MM, e.g. 14:00.");
        assertThat(harness.practice().sessions().find(f.lessonToday().id()).orElseThrow().status())
                .isEqualTo(SessionStatus.PLANNED);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#closeSessionPanel").tryQuery()).isEmpty();
    }

    private void showToday() throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.TODAY);
        harness.awaitIdle();
    }

    private void waitForPanel(FxRobot robot) throws Exception {
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#closeSaveButton").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, Node row, String id) {
        return robot.from(row).lookup(id).queryAs(Label.class).getText();
    }
}
