package org.kabinet.ui.report;

import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.report.ProgramReport;

/** The funnel: for each lesson, how many enrolled clients reached it; lesson 10 stands out. */
final class FunnelChart {

    private final BarChart<String, Number> chart;
    private final NumberAxis clients = new NumberAxis();

    FunnelChart(Messages messages) {
        CategoryAxis lessons = new CategoryAxis();
        lessons.setLabel(messages.get("report.lessonAxis"));
        clients.setLabel(messages.get("report.clientsAxis"));
        clients.setMinorTickVisible(false);
        clients.setForceZeroInRange(true);
        chart = new BarChart<>(lessons, clients);
        chart.setId("funnelChart");
        chart.setTitle(messages.get("report.funnel"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setMinHeight(260);
    }

    Node root() {
        return chart;
    }

    void show(ProgramReport report) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        int max = 0;
        for (int k = 1; k <= report.lessonCount(); k++) {
            int reached = report.funnel().get(k - 1);
            max = Math.max(max, reached);
            XYChart.Data<String, Number> bar = new XYChart.Data<>(Integer.toString(k), reached);
            series.getData().add(bar);
        }
        // Whole clients only: ticks of one for small practices, coarser when there are many.
        clients.setAutoRanging(false);
        clients.setLowerBound(0);
        int step = Math.max(1, (int) Math.ceil(max / 10.0));
        clients.setTickUnit(step);
        clients.setUpperBound(Math.max(step, (int) Math.ceil(max / (double) step) * step));
        chart.getData().setAll(java.util.List.of(series));
        // BarChart sets each bar's style classes when it makes the bar, so the mark goes on after.
        if (report.lessonCount() >= ProgramReport.WATCHED_LESSON) {
            Node watched = series.getData().get(ProgramReport.WATCHED_LESSON - 1).getNode();
            if (watched != null) {
                watched.getStyleClass().add("watched-lesson");
            }
        }
    }
}
