package org.kabinet.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.Session;
import org.kabinet.model.TimelineKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The call planner on the test clock's Tuesday 24 November 2026, with a hand-made practice: a call
 * planned for yesterday (overdue), one for today, and a birthday on Thursday (a suggestion this
 * week). She works through them with the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class PlannerScreenTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @TempDir
    static Path folder;

    private MainWindowHarness harness;
    private Client olga;
    private Client anna;
    private Client maria;
    private FollowUp overdue;
    private FollowUp today;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("planner-" + System.nanoTime() + ".db"));
        Practice p = harness.practice();
        olga = p.clients().save(ClientBuilders.olga().build());
        anna = p.clients().save(ClientBuilders.anna().status(ClientStatus.ACTIVE)
                .consents(new Consents(TODAY, true, false, false)).build());
        maria = p.clients().save(ClientBuilders.minimal("Мария").name("Кузнецова", "Мария", "")
                .birthDate(LocalDate.of(1980, 11, 26)).status(ClientStatus.ACTIVE)
                .consents(new Consents(TODAY, true, true, false)).build());
        overdue = p.followUps().plan(FollowUp.planned(olga.id(), TODAY.minusDays(1), null, "Ask about the letter"));
        today = p.followUps().plan(FollowUp.planned(anna.id(), TODAY, null, "Offer a time next week"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void planner_withHandMadePractice_showsTheGroupsWhyAndTheDueCount(FxRobot robot) throws Exception {
        showPlanner();

        assertThat(childIds(robot, "#plannerOverdue")).containsExactly(rowId(olga, overdue));
        assertThat(childIds(robot, "#plannerToday")).containsExactly(rowId(anna, today));
        assertThat(childIds(robot, "#plannerThisWeek")).containsExactly("planRow" + maria.id());
        Node birthday = robot.lookup("#planRow" + maria.id()).query();
        assertThat(text(robot, birthday, "#planWhy")).isEqualTo("Birthday on 26/11/2026: turns 46");
        assertThat(text(robot, birthday, "#planKind")).isEqualTo("Suggested");
        Node planned = robot.lookup("#" + rowId(olga, overdue)).query();
        assertThat(text(robot, planned, "#planWhy")).isEqualTo("Ask about the letter");
        assertThat(text(robot, planned, "#planKind")).isEqualTo("Planned");
        assertThat(text(robot, planned, "#planLastContact")).isEqualTo("No contact yet");
        assertThat(text(robot, planned, "#planChannel")).isEqualTo("prefers: Message");
        assertThat(robot.lookup("#plannerOverdueHeader").queryAs(Label.class).getText()).isEqualTo("Overdue  1");
        assertThat(harness.window().callsBadgeText()).isEqualTo("2");
    }

    @Test
    void postponeKey_tomorrow_movesTheRowToThisWeekAndLowersTheCount(FxRobot robot) throws Exception {
        showPlanner();
        robot.clickOn("#" + rowId(olga, overdue));

        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#postponeTomorrow").tryQuery().isPresent());
        robot.clickOn("#postponeTomorrow");
        harness.awaitIdle();

        assertThat(robot.lookup("#plannerOverdue").tryQuery()).isEmpty();
        assertThat(childIds(robot, "#plannerThisWeek")).contains(rowId(olga, overdue));
        assertThat(harness.practice().followUps().openFor(olga.id()).orElseThrow().due()).isEqualTo(TODAY.plusDays(1));
        assertThat(harness.window().callsBadgeText()).isEqualTo("1");
    }

    @Test
    void deleteKey_onASuggestion_dismissesItAndSelectsTheNextRow(FxRobot robot) throws Exception {
        showPlanner();
        robot.clickOn("#planRow" + maria.id());

        robot.type(KeyCode.DELETE);
        harness.awaitIdle();

        assertThat(robot.lookup("#planRow" + maria.id()).tryQuery()).isEmpty();
        assertThat(harness.practice().followUps().suggestions(TODAY)).isEmpty();
        assertThat(robot.lookup(".plan-row-selected").queryAll()).hasSize(1);
    }

    @Test
    void enterKey_logsTheCallBooksASessionAndPlansTheNextInOneStep(FxRobot robot) throws Exception {
        showPlanner();
        robot.clickOn("#" + rowId(anna, today));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#logContactDialog").tryQuery().isPresent());
        harness.awaitIdle();
        assertThat(robot.lookup("#contactPurposeField").queryAs(TextField.class).getText())
                .isEqualTo("Offer a time next week");
        robot.interact(() -> {
            outcome(robot)
                    .setValue(ContactOutcome.BOOKED);
            robot.lookup("#bookTimeField").queryAs(TextField.class).setText("15:00");
            robot.lookup("#planNextCheck").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#nextReasonField").queryAs(TextField.class).setText("How did the first week go?");
        });
        assertThat(robot.lookup("#bookSessionCheck").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#logContactSaveButton");
        harness.awaitIdle();

        Practice p = harness.practice();
        assertThat(robot.lookup("#logContactDialog").tryQuery()).isEmpty();
        assertThat(p.followUps().contacts(anna.id())).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(ContactOutcome.BOOKED));
        List<Session> sessions = p.sessions().forClient(anna.id());
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.start())
                .isEqualTo(TODAY.plusWeeks(1).atTime(15, 0)));
        List<FollowUp> followUps = p.followUps().followUps(anna.id());
        assertThat(followUps).filteredOn(f -> f.id() == today.id()).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.DONE));
        assertThat(followUps).filteredOn(f -> f.status().isOpen()).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("How did the first week go?"));
        assertThat(harness.window().callsBadgeText()).isEqualTo("1");
    }

    @Test
    void logDialog_withoutOutcome_saysWhatIsMissingAndSavesNothing(FxRobot robot) throws Exception {
        showPlanner();
        robot.clickOn("#" + rowId(anna, today));
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#logContactDialog").tryQuery().isPresent());

        robot.clickOn("#logContactSaveButton");
        harness.awaitIdle();

        assertThat(robot.lookup("#logContactError").queryAs(Label.class).getText())
                .isEqualTo("Choose how the contact went.");
        assertThat(harness.practice().followUps().contacts(anna.id())).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void card_logAContact_showsTheLastContactAndTheTimelineEntry(FxRobot robot) throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.CLIENTS);
        robot.interact(() -> harness.window().openClient(olga.id()));
        harness.awaitIdle();

        MenuButton more = robot.lookup("#moreButton").queryAs(MenuButton.class);
        MenuItem log = more.getItems().stream().filter(i -> "logContactItem".equals(i.getId())).findFirst()
                .orElseThrow();
        robot.interact(log::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#logContactDialog").tryQuery().isPresent());
        harness.awaitIdle();
        robot.interact(() -> outcome(robot)
                .setValue(ContactOutcome.NO_ANSWER));
        robot.clickOn("#logContactSaveButton");
        harness.awaitIdle();

        Label last = robot.lookup("#lastContactLabel").queryAs(Label.class);
        assertThat(last.isVisible()).isTrue();
        assertThat(last.getText()).isEqualTo("Last contact 24/11/2026, Message, No answer");
        assertThat(harness.practice().timeline().forClient(olga.id(), java.util.Locale.ENGLISH).entries().stream()
                .anyMatch(e -> e.kind() == TimelineKind.CONTACT)).isTrue();
        robot.clickOn(robot.lookup(".tab-pane .tab").queryAll().stream()
                .filter(t -> t.lookup(".tab-label") instanceof javafx.scene.control.Label l
                        && "Timeline".equals(l.getText())).findFirst().orElseThrow());
        harness.awaitIdle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineEntry-CONTACT-0").tryQuery()
                .isPresent());
    }

    @Test
    void longGroup_showsItsFirstRows_andShowMoreAddsTheRest(FxRobot robot) throws Exception {
        for (int i = 0; i < PlannerView.FIRST_ROWS + 5; i++) {
            harness.practice().followUps().plan(FollowUp.planned(olga.id(), TODAY.plusDays(30 + i), null, "Call " + i));
        }
        showPlanner();

        List<String> later = childIds(robot, "#plannerLater");
        assertThat(later).hasSize(PlannerView.FIRST_ROWS + 1).last().isEqualTo("plannerLaterMore");

        // Far down the page, below the fold: pressed as the keyboard would.
        robot.interact(() -> robot.lookup("#plannerLaterMore").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(childIds(robot, "#plannerLater")).hasSize(PlannerView.FIRST_ROWS + 5)
                .doesNotContain("plannerLaterMore");
    }

    private void showPlanner() throws Exception {
        harness.awaitIdle();
        harness.show(Area.CALLS);
        harness.awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ContactOutcome> outcome(FxRobot robot) {
        return (ComboBox<ContactOutcome>) robot.lookup("#contactOutcomeCombo").queryAs(ComboBox.class);
    }

    private static String rowId(Client c, FollowUp f) {
        return "planRow" + c.id() + "f" + f.id();
    }

    private static List<String> childIds(FxRobot robot, String list) {
        return robot.lookup(list).queryAs(VBox.class).getChildren().stream().map(Node::getId).toList();
    }

    private static String text(FxRobot robot, Node row, String id) {
        return robot.from(row).lookup(id).queryAs(Label.class).getText();
    }
}
