package org.kabinet.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The card's sessions and program tabs as she uses them: planning a session through the dialog,
 * an overlap that saves only once confirmed, enrolling in the Base, and the list row that follows.
 */
@ExtendWith(ApplicationExtension.class)
class ClientCardActivityTest {

    /** TestClock.FIXED is Tuesday 24 November 2026, 10:00: tomorrow's first working hour is 9:00. */
    private static final LocalDateTime TOMORROW_9 = LocalDateTime.of(2026, 11, 25, 9, 0);

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("card-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void planSession_fromSessionsTab_savesItThroughTheDialog(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        openCard(robot, 0);
        robot.clickOn("#sessionsTab");
        harness.awaitIdle();
        robot.clickOn("#planSessionButton");
        harness.awaitIdle();

        assertThat(robot.lookup("#sessionTimeField").queryAs(TextField.class).getText()).isEqualTo("09:00");
        robot.clickOn("#sessionFeeField").write("3500");
        robot.clickOn("#sessionSaveButton");
        harness.awaitIdle();

        List<Session> saved = harness.practice().sessions().forClient(olga.id());
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).start()).isEqualTo(TOMORROW_9);
        assertThat(saved.get(0).fee()).isEqualTo(3500L);
        assertThat(saved.get(0).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(saved.get(0).kind()).isEqualTo(SessionKind.FIRST);
        assertThat(robot.lookup("#sessionsTable").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void planSession_overlappingAnother_warnsAndSavesOnlyAfterConfirming(FxRobot robot) throws Exception {
        Client anna = harness.practice().clients().save(ClientBuilders.anna().build());
        harness.practice().sessions().save(Session.planned(anna.id(), TOMORROW_9, SessionKind.SINGLE), Set.of());
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        openCard(robot, olga.id());
        robot.clickOn("#sessionsTab");
        harness.awaitIdle();
        robot.clickOn("#planSessionButton");
        harness.awaitIdle();
        robot.clickOn("#sessionTimeField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("09:30");

        robot.clickOn("#sessionSaveButton");
        harness.awaitIdle();
        assertThat(dialogText(robot)).contains("overlaps").contains(anna.name().full());
        clickInConfirmation(robot, "Cancel");
        assertThat(harness.practice().sessions().forClient(olga.id())).isEmpty();

        robot.clickOn("#sessionSaveButton");
        harness.awaitIdle();
        clickInConfirmation(robot, "Save anyway");
        harness.awaitIdle();
        assertThat(harness.practice().sessions().forClient(olga.id()))
                .extracting(Session::start).containsExactly(TOMORROW_9.plusMinutes(30));
    }

    @Test
    void enrol_fromProgramTab_showsNoneOfFifteenAndTheNamedLessons(FxRobot robot) throws Exception {
        harness.practice().clients().save(ClientBuilders.olga().build());
        openCard(robot, 0);
        robot.clickOn("#programTab");
        harness.awaitIdle();
        assertThat(robot.lookup("#noProgramLabel").tryQuery()).isPresent();

        robot.clickOn("#enrolButton");
        harness.awaitIdle();
        robot.clickOn("#enrolConfirmButton");
        harness.awaitIdle();

        assertThat(robot.lookup("#programCount0").queryAs(Label.class).getText()).isEqualTo("0/15");
        List<String> lessons = robot.lookup("#lessons0 .lesson-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lessons).hasSize(15).contains("Birth (reprogramming your life)", "Childhood grievances",
                "Death (working with fear)", "Removing blocks in the body", "Man and woman");
    }

    @Test
    void lessonDone_throughTheDialog_showsProgressInTheList(FxRobot robot) throws Exception {
        Client olga = harness.practice().clients().save(ClientBuilders.olga().build());
        Program base = harness.practice().programs().programs().stream()
                .filter(p -> Program.BASE.equals(p.code())).findFirst().orElseThrow();
        Enrolment enrolment = harness.practice().enrolments().enrol(olga.id(), base.id(), null, null);
        openCard(robot, olga.id());
        robot.clickOn("#programTab");
        harness.awaitIdle();
        robot.clickOn("#planNextLessonButton0");
        harness.awaitIdle();
        @SuppressWarnings("unchecked")
        ComboBox<SessionStatus> status = robot.lookup("#sessionStatusCombo").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(SessionStatus.DONE));
        robot.clickOn("#sessionSaveButton");
        harness.awaitIdle();

        assertThat(harness.practice().sessions().forClient(olga.id())).singleElement()
                .satisfies(s -> assertThat(s.enrolmentId()).isEqualTo(enrolment.id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#clientTable .table-cell")
                .queryAll().stream().anyMatch(n -> "Base 1/15".equals(((javafx.scene.control.Labeled) n).getText())));
        assertThat(robot.lookup("#programCount0").queryAs(Label.class).getText()).isEqualTo("1/15");
    }

    /** Opens the card of {@code id} (0: the first row), after the list was read again. */
    private void openCard(FxRobot robot, long id) throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        if (id == 0) {
            robot.clickOn(robot.lookup("#clientTable .table-row-cell").nth(0).<Node>query());
        } else {
            robot.interact(() -> harness.window().openClient(id));
        }
        harness.awaitIdle();
    }

    private static void clickInConfirmation(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(".confirmation .button").queryAll().stream()
                .filter(n -> text.equals(((javafx.scene.control.Button) n).getText())).findFirst().orElseThrow());
    }

    private static String dialogText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        return robot.lookup(".dialog-pane .content").queryAll().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", String::concat);
    }
}
