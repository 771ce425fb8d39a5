package org.kabinet.ui.report;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.report.ProgramReport;
import org.kabinet.logic.report.ReportFigures;
import org.kabinet.model.Program;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/**
 * The program report: choose a program and a period, read the figures and the funnel chart. The
 * numbers come from the same code as {@code program-report} on the command line.
 */
public final class ProgramReportView implements Screen {

    private final Messages messages;
    private final ProgramReportViewModel vm;
    private final ReportFigures figures;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Program> programChoice = new ComboBox<>();
    private final FunnelChart funnel;
    private final VBox content = new VBox(12);
    private final VBox empty = new VBox(8);
    private final Label told = figure();
    private final Label enrolled = figure();
    private final Label share = figure();
    private final Label stopped = figure();
    private final Label median = figure();
    private final Label resumed = figure();
    private final Label took = new Label();
    private final PracticeReportViewModel practiceVm;
    private final PracticeReportView practice;
    private final javafx.scene.control.ToggleButton programsPart = new javafx.scene.control.ToggleButton();
    private final javafx.scene.control.ToggleButton practicePart = new javafx.scene.control.ToggleButton();
    private Node programBody;

    public ProgramReportView(ScreenContext context) {
        this.messages = context.messages();
        this.figures = new ReportFigures(messages);
        this.vm = new ProgramReportViewModel(context.practice().reports(), context.executor(), messages,
                context.dates(), context.onError());
        this.funnel = new FunnelChart(messages);
        this.practiceVm = new PracticeReportViewModel(context.practice().reports().practice(), context.executor(),
                vm::period, context.onError());
        this.practice = new PracticeReportView(messages, context.dates());
        vm.setAfterPeriodChosen(this::computeShown);
        root.setId("reportView");
        root.getStylesheets().add(ProgramReportView.class.getResource("report.css").toExternalForm());
        root.setTop(controls(context));
        programBody = body();
        root.setCenter(programBody);
        vm.report().addListener((o, old, report) -> show(report));
        practiceVm.report().addListener((o, old, report) -> practice.show(report));
    }

    /** Computes the part on screen for the period typed. */
    private void computeShown() {
        if (practicePart.isSelected()) {
            practiceVm.compute();
        } else {
            vm.compute();
        }
    }

    /** The switch between the program report and the practice report, above the period. */
    private Node partSwitch() {
        javafx.scene.control.ToggleGroup parts = new javafx.scene.control.ToggleGroup();
        programsPart.setText(messages.get("practiceReport.part.programs"));
        programsPart.setId("programsPartButton");
        programsPart.getStyleClass().add("left-pill");
        practicePart.setText(messages.get("practiceReport.part.practice"));
        practicePart.setId("practicePartButton");
        practicePart.getStyleClass().add("right-pill");
        programsPart.setToggleGroup(parts);
        practicePart.setToggleGroup(parts);
        programsPart.setSelected(true);
        parts.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // One part is always shown: a second click on the shown part keeps it.
                old.setSelected(true);
                return;
            }
            boolean practiceOn = now == practicePart;
            root.setCenter(practiceOn ? practice.root() : programBody);
            computeShown();
        });
        return new HBox(programsPart, practicePart);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
        if (practicePart.isSelected()) {
            practiceVm.compute();
        }
    }

    private Node controls(ScreenContext context) {
        Label title = new Label();
        title.textProperty().bind(javafx.beans.binding.Bindings.when(practicePart.selectedProperty())
                .then(messages.get("practiceReport.title")).otherwise(messages.get("report.title")));
        title.getStyleClass().add("title-3");
        programChoice.setId("reportProgramChoice");
        programChoice.setItems(vm.programs());
        Choices.labelled(programChoice, p -> p == null ? "" : p.retired()
                ? messages.get("programs.retiredName", ProgramLabels.program(p, messages))
                : ProgramLabels.program(p, messages));
        programChoice.valueProperty().addListener((o, old, p) -> {
            if (p != null && !p.equals(vm.program().get())) {
                vm.program().set(p);
                vm.compute();
            }
        });
        vm.program().addListener((o, old, p) -> programChoice.setValue(p));
        DateField from = dateField(context, "reportFromField", vm.from().get());
        vm.from().bindBidirectional(from.textProperty());
        DateField to = dateField(context, "reportToField", vm.to().get());
        vm.to().bindBidirectional(to.textProperty());
        Button show = new Button(messages.get("report.show"));
        show.setId("showReportButton");
        show.getStyleClass().add("accent");
        show.setOnAction(e -> computeShown());
        from.editor().setOnAction(e -> computeShown());
        to.editor().setOnAction(e -> computeShown());
        Button year = quick("thisYearButton", "report.thisYear");
        year.setOnAction(e -> vm.thisYear());
        Button twelve = quick("lastTwelveMonthsButton", "report.last12");
        twelve.setOnAction(e -> vm.lastTwelveMonths());
        Button all = quick("allTimeButton", "report.allTime");
        all.setOnAction(e -> vm.allTime());
        Label error = new Label();
        error.setId("reportPeriodError");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.periodError());
        error.managedProperty().bind(vm.periodError().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label programLabel = new Label(messages.get("report.program"));
        programLabel.visibleProperty().bind(programsPart.selectedProperty());
        programChoice.visibleProperty().bind(programsPart.selectedProperty());
        HBox first = new HBox(16, title, partSwitch(), gap, programLabel, programChoice);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, new Label(messages.get("report.from")), from, new Label(messages.get("report.to")),
                to, show, new Region(), year, twelve, all);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, first, second, error);
        box.setPadding(new Insets(12));
        return box;
    }

    private Node body() {
        FlowPane tiles = new FlowPane(12, 12,
                tile("toldValue", told, "report.told"),
                tile("enrolledValue", enrolled, "report.enrolled"),
                tile("shareValue", share, "report.share", "report.shareHint"),
                tile("stoppedValue", stopped, "report.stopped"),
                tile("medianValue", median, "report.median"),
                tile("resumedValue", resumed, "report.resumed"));
        took.setId("reportTook");
        took.getStyleClass().addAll("text-muted", "text-small");
        Label working = new Label(messages.get("report.working"));
        working.getStyleClass().add("text-muted");
        working.visibleProperty().bind(vm.working());
        Label watched = new Label(messages.get("report.watchedHint"));
        watched.getStyleClass().addAll("text-muted", "text-small", "watched-hint");
        HBox status = new HBox(12, watched, took, working);
        VBox.setVgrow(funnel.root(), Priority.ALWAYS);
        content.getChildren().addAll(tiles, funnel.root(), status);
        content.setPadding(new Insets(0, 12, 12, 12));
        content.setId("reportContent");

        Label emptyTitle = new Label(messages.get("report.empty.title"));
        emptyTitle.getStyleClass().add("empty-title");
        Label emptyText = new Label(messages.get("report.empty.text"));
        emptyText.getStyleClass().add("empty-text");
        emptyText.setWrapText(true);
        empty.getChildren().addAll(emptyTitle, emptyText);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.setId("reportEmpty");
        content.setVisible(false);
        empty.setVisible(false);
        return new StackPane(content, empty);
    }

    private void show(ProgramReport report) {
        boolean nothing = report == null || report.isEmpty();
        empty.setVisible(report != null && nothing);
        content.setVisible(!nothing);
        if (nothing) {
            return;
        }
        told.setText(Integer.toString(report.told()));
        enrolled.setText(Integer.toString(report.enrolled()));
        share.setText(figures.share(report));
        stopped.setText(Integer.toString(report.stoppedByLessonTen()));
        median.setText(figures.median(report));
        resumed.setText(Integer.toString(report.resumedAfterPause()));
        took.setText(messages.get("report.took", vm.tookMs().get()));
        funnel.show(report);
    }

    private static Label figure() {
        Label value = new Label();
        value.getStyleClass().add("figure-value");
        return value;
    }

    private VBox tile(String id, Label value, String captionKey, String... hintKeys) {
        value.setId(id);
        Label caption = new Label(messages.get(captionKey));
        caption.getStyleClass().add("figure-caption");
        caption.setWrapText(true);
        VBox tile = new VBox(2, value, caption);
        for (String key : hintKeys) {
            Label hint = new Label(messages.get(key));
            hint.getStyleClass().addAll("text-muted", "text-small");
            hint.setWrapText(true);
            tile.getChildren().add(hint);
        }
        tile.getStyleClass().add("figure-tile");
        return tile;
    }

    private static DateField dateField(ScreenContext context, String id, String text) {
        DateField field = new DateField(context.messages(), context.dates());
        field.setFieldId(id);
        field.textProperty().set(text);
        return field;
    }

    private Button quick(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.getStyleClass().add("flat");
        return b;
    }
}
