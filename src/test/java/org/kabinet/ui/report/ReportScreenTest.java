package org.kabinet.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.report.ReportFixture;
import org.kabinet.ui.MainWindowHarness;
import org.kabinet.ui.main.Area;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The report screen shows the hand-made practice's numbers, an empty state, and a wrong date beside the fields. */
@ExtendWith(ApplicationExtension.class)
class ReportScreenTest {

    @TempDir
    static Path folder;

    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness(folder.resolve("test-" + System.nanoTime() + ".db"));
        new ReportFixture(harness.practice()).write();
        harness.show(stage);
    }

    @AfterEach
    void closeFile() {
        harness.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
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
    void report_handMadePeriod_showsTheFiguresAndTheFunnel(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.REPORT);
        harness.awaitIdle();

        period(robot, "01/01/2026", "30/06/2026");

        assertThat(text(robot, "#toldValue")).isEqualTo("6");
        assertThat(text(robot, "#enrolledValue")).isEqualTo("5");
        assertThat(text(robot, "#shareValue")).isEqualTo("83%");
        assertThat(text(robot, "#stoppedValue")).isEqualTo("2");
        assertThat(text(robot, "#medianValue")).isEqualTo("14");
        assertThat(text(robot, "#resumedValue")).isEqualTo("1");
        BarChart<?, ?> chart = robot.lookup("#funnelChart").queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).hasSize(14);
        Node tenth = chart.getData().get(0).getData().get(9).getNode();
        assertThat(tenth.getStyleClass()).contains("watched-lesson");
    }

    @Test
    void report_periodWithNothing_showsTheEmptyState_andAWrongDateIsSaid(FxRobot robot) throws Exception {
        harness.awaitIdle();
        harness.show(Area.REPORT);
        harness.awaitIdle();

        period(robot, "01/01/2024", "31/12/2024");
        assertThat(robot.lookup("#reportEmpty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#reportContent").query().isVisible()).isFalse();

        period(robot, "31/02/2024", "31/12/2024");
        assertThat(text(robot, "#reportPeriodError")).isEqualTo("Type a date like DD/MM/YYYY.");

        robot.clickOn("#allTimeButton");
        harness.awaitIdle();
        assertThat(text(robot, "#toldValue")).isEqualTo("8");
        assertThat(text(robot, "#reportPeriodError")).isEmpty();
    }
}
