package org.kabinet.ui.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.report.PracticeReport;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.Source;
import org.kabinet.ui.common.SourceLabels;

/**
 * The practice part of the report: new clients by source and month (a table and a stacked bar
 * chart), who brought whom, who came back after a long gap, and why work ended.
 */
final class PracticeReportView {

    /** One line of the endings table. */
    record EndingRow(ClientStatus status, PracticeReport.Reason reason) {
    }

    private final Messages messages;
    private final DateFormats dates;
    private final DateTimeFormatter monthFormat;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(16);
    private final VBox empty = new VBox(8);
    private final Label newTotal = new Label();
    private final TableView<YearMonth> months = new TableView<>();
    private final NumberAxis clientsAxis = new NumberAxis();
    private final StackedBarChart<String, Number> chart;
    private final TableView<PracticeReport.Referrer> referrers = new TableView<>();
    private final TableView<PracticeReport.Returning> returning = new TableView<>();
    private final TableView<EndingRow> endings = new TableView<>();

    PracticeReportView(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
        this.monthFormat = DateTimeFormatter.ofPattern("LLL yyyy", messages.locale());
        CategoryAxis monthAxis = new CategoryAxis();
        clientsAxis.setLabel(messages.get("practiceReport.clientsAxis"));
        clientsAxis.setMinorTickVisible(false);
        chart = new StackedBarChart<>(monthAxis, clientsAxis);
        chart.setId("practiceSourcesChart");
        chart.setAnimated(false);
        chart.setTitle(messages.get("practiceReport.bySource.chart"));
        chart.setMinHeight(260);
        chart.setPrefHeight(300);
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        newTotal.setId("practiceNewTotal");
        newTotal.getStyleClass().add("text-muted");
        months.setId("practiceMonthsTable");
        table(months, "practiceReport.bySource.none", 220);
        referrers.setId("practiceReferrersTable");
        table(referrers, "practiceReport.referrers.none", 200);
        referrerColumns();
        returning.setId("practiceReturningTable");
        table(returning, "practiceReport.returning.none", 200);
        returningColumns();
        endings.setId("practiceEndingsTable");
        table(endings, "practiceReport.endings.none", 240);
        endingColumns();

        HBox pair = new HBox(16, section("practiceReport.referrers", "practiceReport.referrers.hint", referrers),
                section("practiceReport.returning", "practiceReport.returning.hint", returning));
        pair.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        content.getChildren().addAll(
                section("practiceReport.bySource", null, newTotal, months, chart),
                pair,
                section("practiceReport.endings", "practiceReport.endings.hint", endings));
        content.setPadding(new Insets(0, 12, 12, 12));
        content.setId("practiceContent");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");

        Label emptyTitle = new Label(messages.get("report.empty.title"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyText = new Label(messages.get("practiceReport.empty.text"));
        emptyText.getStyleClass().add("empty-text");
        emptyText.setWrapText(true);
        empty.getChildren().addAll(emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.setId("practiceEmpty");
        scroll.setVisible(false);
        empty.setVisible(false);
        scroll.visibleProperty().bind(empty.visibleProperty().not().and(content.visibleProperty()));
        content.setVisible(false);
        root.getChildren().addAll(scroll, empty);
        root.getStyleClass().add("practice-report");
    }

    private VBox section(String titleKey, String hintKey, Node... nodes) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(6, title);
        if (hintKey != null) {
            Label hint = new Label(messages.get(hintKey));
            hint.getStyleClass().addAll("text-muted", "text-small");
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        box.getChildren().addAll(nodes);
        box.getStyleClass().add("practice-section");
        return box;
    }

    private void table(TableView<?> table, String placeholderKey, double height) {
        Label placeholder = new Label(messages.get(placeholderKey));
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(height);
        table.setMinHeight(120);
    }

    private void referrerColumns() {
        TableColumn<PracticeReport.Referrer, String> name = new TableColumn<>(messages.get("practiceReport.referrer"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name().full()));
        TableColumn<PracticeReport.Referrer, Number> count = new TableColumn<>(messages.get("practiceReport.brought"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().brought().size()));
        count.setMaxWidth(110);
        count.setMinWidth(70);
        TableColumn<PracticeReport.Referrer, String> whom = new TableColumn<>(messages.get("practiceReport.whom"));
        whom.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(names(c.getValue().brought())));
        whom.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : item);
                setTooltip(isEmpty || item == null ? null : new Tooltip(item.replace(", ", "\n")));
            }
        });
        referrers.getColumns().setAll(List.of(name, count, whom));
    }

    private void returningColumns() {
        TableColumn<PracticeReport.Returning, String> name = new TableColumn<>(messages.get("practiceReport.client"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name().full()));
        TableColumn<PracticeReport.Returning, String> back = new TableColumn<>(messages.get("practiceReport.backOn"));
        back.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(dates.format(c.getValue().day())));
        TableColumn<PracticeReport.Returning, String> before = new TableColumn<>(
                messages.get("practiceReport.previous"));
        before.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(dates.format(c.getValue().previous())));
        returning.getColumns().setAll(List.of(name, back, before));
    }

    private void endingColumns() {
        TableColumn<EndingRow, String> status = new TableColumn<>(messages.get("practiceReport.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.of(c.getValue().status())));
        TableColumn<EndingRow, String> reason = new TableColumn<>(messages.get("practiceReport.reason"));
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason().text().isEmpty()
                ? messages.get("practiceReport.noReason") : c.getValue().reason().text()));
        TableColumn<EndingRow, Number> count = new TableColumn<>(messages.get("practiceReport.clients"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason().count()));
        count.setMaxWidth(110);
        count.setMinWidth(70);
        endings.getColumns().setAll(List.of(status, reason, count));
    }

    void show(PracticeReport report) {
        boolean nothing = report == null || report.isEmpty();
        empty.setVisible(report != null && nothing);
        content.setVisible(!nothing);
        if (nothing) {
            return;
        }
        newTotal.setText(messages.plural("practiceReport.newClients", report.newClients()));
        showMonths(report);
        referrers.getItems().setAll(report.referrers());
        returning.getItems().setAll(report.returning());
        List<EndingRow> rows = new ArrayList<>();
        report.endings().forEach((status, reasons) -> reasons.forEach(r -> rows.add(new EndingRow(status, r))));
        endings.getItems().setAll(rows);
    }

    private void showMonths(PracticeReport report) {
        List<TableColumn<YearMonth, ?>> columns = new ArrayList<>();
        TableColumn<YearMonth, String> month = new TableColumn<>(messages.get("practiceReport.month"));
        month.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(monthFormat.format(c.getValue())));
        month.setMinWidth(90);
        columns.add(month);
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        int max = 0;
        for (Source source : report.sources()) {
            String label = sourceLabel(source);
            TableColumn<YearMonth, Number> column = new TableColumn<>(label);
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(report.count(c.getValue(), source)));
            columns.add(column);
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(label);
            for (YearMonth m : report.months()) {
                s.getData().add(new XYChart.Data<>(monthFormat.format(m), report.count(m, source)));
            }
            series.add(s);
        }
        TableColumn<YearMonth, Number> total = new TableColumn<>(messages.get("practiceReport.total"));
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(monthTotal(report, c.getValue())));
        total.getStyleClass().add("total-column");
        columns.add(total);
        months.getColumns().setAll(columns);
        months.getItems().setAll(report.months());
        for (YearMonth m : report.months()) {
            max = Math.max(max, monthTotal(report, m));
        }
        // Whole clients only, as in the funnel chart.
        clientsAxis.setAutoRanging(false);
        clientsAxis.setLowerBound(0);
        int step = Math.max(1, (int) Math.ceil(max / 8.0));
        clientsAxis.setTickUnit(step);
        clientsAxis.setUpperBound(Math.max(step, (int) Math.ceil(max / (double) step) * step));
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(
                report.months().stream().map(monthFormat::format).collect(Collectors.toList()));
        chart.getData().setAll(series);
    }

    private static int monthTotal(PracticeReport report, YearMonth month) {
        return report.bySource().getOrDefault(month, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    private String sourceLabel(Source source) {
        return source == null ? messages.get("practiceReport.noSource") : SourceLabels.label(source, messages);
    }

    private static String names(List<PersonName> names) {
        return names.stream().map(PersonName::full).collect(Collectors.joining(", "));
    }
}
