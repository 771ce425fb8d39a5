package org.kabinet.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The week calendar as she meets it, over a real practice file at the test clock (Tuesday
 * 24 November 2026): sessions as named blocks, an overlap marked, moving between weeks.
 */
@ExtendWith(ApplicationExtension.class)
class WeekCalendarScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("calendar-" + System.nanoTime() + ".db"));
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    @Test
    void weekWithTwoOverlappingSessions_showsTwoNamedBlocksAndMarksTheOverlap(FxRobot robot) throws Exception {
        Session anna = book(client("Petrova", "Anna"), LocalDateTime.of(2026, 11, 25, 11, 0));
        Session maria = book(client("Sidorova", "Maria"), LocalDateTime.of(2026, 11, 25, 11, 30));
        openCalendar();

        assertThat(text(robot, "#sessionName-" + anna.id())).isEqualTo("Petrova Anna");
        assertThat(text(robot, "#sessionName-" + maria.id())).isEqualTo("Sidorova Maria");
        assertThat(robot.lookup(".calendar-session").queryAll()).hasSize(2);
        assertThat(robot.lookup("#session-" + anna.id()).query().getStyleClass()).contains("calendar-overlap");
        assertThat(robot.lookup("#session-" + maria.id()).query().getStyleClass()).contains("calendar-overlap");
        assertThat(text(robot, "#summaryLabel")).startsWith("2 sessions, ").contains("overlap");
        assertThat(robot.lookup("#emptyWeekHint").query().isVisible()).isFalse();
    }

    @Test
    void nextWeek_movesTheHeaderDates_andTBringsBackThisWeek(FxRobot robot) throws Exception {
        openCalendar();
        assertThat(text(robot, "#dayDate0")).isEqualTo("23 November");
        assertThat(robot.lookup("#dayHeader1").query().getStyleClass()).contains("calendar-today");
        assertThat(robot.lookup("#emptyWeekHint").query().isVisible()).isTrue();

        robot.clickOn("#nextWeekButton");
        harness.awaitIdle();
        assertThat(text(robot, "#dayDate0")).isEqualTo("30 November");
        assertThat(text(robot, "#weekLabel")).isEqualTo("30 November – 6 December 2026");
        assertThat(robot.lookup(".calendar-today").tryQuery()).isEmpty();

        robot.type(KeyCode.PAGE_DOWN);
        harness.awaitIdle();
        assertThat(text(robot, "#dayDate0")).isEqualTo("7 December");

        robot.type(KeyCode.T);
        harness.awaitIdle();
        assertThat(text(robot, "#dayDate0")).isEqualTo("23 November");
    }

    @Test
    void clickOnASession_opensTheClient(FxRobot robot) throws Exception {
        Session anna = book(client("Petrova", "Anna"), LocalDateTime.of(2026, 11, 26, 15, 0));
        openCalendar();

        robot.clickOn("#sessionName-" + anna.id());
        harness.awaitIdle();

        assertThat(harness.window().shownArea()).isEqualTo(Area.CLIENTS);
    }

    private void openCalendar() throws Exception {
        harness.reload();
        harness.awaitIdle();
        harness.show(Area.CALENDAR);
        harness.awaitIdle();
    }

    private Client client(String lastName, String firstName) {
        return harness.practice().clients().save(new ClientBuilder().name(lastName, firstName, "").build());
    }

    private Session book(Client client, LocalDateTime start) {
        return harness.practice().sessions().save(Session.planned(client.id(), start, SessionKind.SINGLE),
                Set.of(SessionWarning.Kind.OVERLAP));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).<Node>query() instanceof Label label ? label.getText() : null;
    }
}
