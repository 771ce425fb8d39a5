package org.kabinet.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.report.PracticeFixture;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The practice part of the report: its tables and chart on the hand-made practice, and its empty state. */
@ExtendWith(ApplicationExtension.class)
class PracticeReportScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("practice-" + System.nanoTime() + ".db"));
        new PracticeFixture(harness.practice()).write();
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    private void showPractice(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.REPORT);
        harness.awaitIdle();
        robot.clickOn("#practicePartButton");
        harness.awaitIdle();
    }

    private void period(FxRobot robot, String from, String to) throws Exception {
        robot.doubleClickOn("#reportFromField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(from);
        robot.doubleClickOn("#reportToField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(to);
        robot.clickOn("#showReportButton");
        harness.awaitIdle();
    }

    @Test
    void practice_thisYear_showsSourcesReferrersReturnsAndEndings(FxRobot robot) throws Exception {
        showPractice(robot);
        robot.clickOn("#thisYearButton");
        harness.awaitIdle();

        assertThat(robot.lookup("#practiceNewTotal").queryAs(Label.class).getText())
                .isEqualTo("3 new clients in the period");
        TableView<?> months = robot.lookup("#practiceMonthsTable").queryAs(TableView.class);
        assertThat(months.getItems()).hasSize(2);
        // Month, Recommendation, Not said, Total.
        assertThat(months.getColumns()).hasSize(4);
        assertThat(months.getColumns().get(3).getCellData(0)).isEqualTo(2);
        StackedBarChart<?, ?> chart = robot.lookup("#practiceSourcesChart").queryAs(StackedBarChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(robot.lookup("#practiceReferrersTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#practiceReturningTable").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#practiceEndingsTable").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#reportProgramChoice").query().isVisible()).isFalse();
    }

    @Test
    void practice_periodWithNothing_showsTheEmptyState_andBackToPrograms(FxRobot robot) throws Exception {
        showPractice(robot);
        period(robot, "01/01/2020", "31/12/2020");
        assertThat(robot.lookup("#practiceEmpty").query().isVisible()).isTrue();

        robot.clickOn("#programsPartButton");
        harness.awaitIdle();
        assertThat(robot.lookup("#reportProgramChoice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#practiceEmpty").tryQuery()).isEmpty();
    }
}
