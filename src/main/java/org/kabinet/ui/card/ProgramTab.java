package org.kabinet.ui.card;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.LessonStep;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.session.SessionDialog;

/**
 * The card's program tab: for each enrolment, the current one first, where the client stands
 * ("7/15") and every lesson done, planned or not yet, with the gap when they came back after a
 * pause; and the actions on the enrolment.
 */
final class ProgramTab {

    private final ScreenContext context;
    private final Messages messages;
    private final DateFormats dates;
    private final CardActivityViewModel vm;
    private final VBox content = new VBox(18);
    private final ScrollPane root = new ScrollPane(content);

    ProgramTab(ScreenContext context, CardActivityViewModel vm) {
        this.context = context;
        this.messages = context.messages();
        this.dates = context.dates();
        this.vm = vm;
        content.setPadding(new Insets(14, 20, 24, 20));
        content.setId("programPane");
        root.setFitToWidth(true);
        root.getStyleClass().addAll("edge-to-edge", "card-tab");
        vm.activity().addListener((obs, old, now) -> show(now));
        show(vm.activity().get());
    }

    Node root() {
        return root;
    }

    private void show(CardActivity activity) {
        Button enrol = new Button(messages.get("card.program.enrol"), Icons.of(Icon.PROGRAMS));
        enrol.setId("enrolButton");
        enrol.setOnAction(e -> new EnrolDialog(context, vm).show());
        HBox bar = new HBox(8, enrol);
        bar.setAlignment(Pos.CENTER_LEFT);
        content.getChildren().setAll(bar);
        if (activity.programs().isEmpty()) {
            enrol.getStyleClass().add("accent");
            Label title = new Label(messages.get("card.program.none"));
            title.setId("noProgramLabel");
            title.getStyleClass().add("empty-title");
            Label text = new Label(messages.get("card.program.none.text"));
            text.getStyleClass().add("empty-text");
            text.setWrapText(true);
            VBox empty = new VBox(8, title, text, enrol);
            VBox.setMargin(enrol, new Insets(12, 0, 0, 0));
            empty.setAlignment(Pos.CENTER);
            empty.getStyleClass().add("empty-state");
            content.getChildren().setAll(empty);
            return;
        }
        List<ProgramProgress> programs = activity.programs();
        for (int i = 0; i < programs.size(); i++) {
            content.getChildren().add(enrolment(programs.get(i), i));
        }
    }

    private Node enrolment(ProgramProgress p, int index) {
        Label name = new Label(ProgramLabels.program(p.program(), messages));
        name.getStyleClass().add("title-3");
        Label status = new Label(messages.of(p.enrolment().status()));
        status.getStyleClass().addAll("status-badge", "enrolment-" + p.enrolment().status().name().toLowerCase());
        ProgressBar bar = new ProgressBar(p.total() == 0 ? 0 : (double) p.done() / p.total());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label count = new Label(messages.get("card.program.count", p.done(), p.total()));
        count.setId("programCount" + index);
        count.getStyleClass().add("program-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(10, name, status, gap, count);
        head.setAlignment(Pos.CENTER_LEFT);

        String since = messages.get("card.program.enrolledOn", dates.format(p.enrolment().enrolledOn()));
        if (p.enrolment().price() != null) {
            since += "  ·  " + messages.get("card.program.price", messages.number(p.enrolment().price()));
        }
        if (p.enrolment().status() != EnrolmentStatus.ACTIVE) {
            since += "  ·  " + messages.get("card.program.statusSince", dates.format(p.enrolment().statusSince()));
        }
        Label facts = new Label(since);
        facts.getStyleClass().add("text-muted");

        VBox box = new VBox(8, head, bar, facts, actions(p, index), lessons(p, index));
        box.getStyleClass().add("enrolment-box");
        box.setId("enrolment" + index);
        return box;
    }

    private Node actions(ProgramProgress p, int index) {
        FlowPane actions = new FlowPane(8, 8);
        actions.setAlignment(Pos.CENTER_LEFT);
        EnrolmentStatus status = p.enrolment().status();
        p.nextLesson().filter(l -> status != EnrolmentStatus.COMPLETED).ifPresent(lesson -> {
            Button plan = new Button(messages.get("card.program.planNext"), Icons.of(Icon.SESSION));
            plan.setId("planNextLessonButton" + index);
            plan.getStyleClass().add("accent");
            plan.setMinWidth(Region.USE_PREF_SIZE);
            plan.setOnAction(e -> vm.suggestStart(start -> SessionDialog.edit(context,
                    Session.planned(vm.clientId(), start, SessionKind.LESSON).withLesson(p.enrolment().id(), lesson.id()),
                    saved -> vm.changed())));
            actions.getChildren().add(plan);
        });
        if (status == EnrolmentStatus.ACTIVE) {
            actions.getChildren().add(statusButton(p, index, EnrolmentStatus.PAUSED, "card.program.pause", "pauseButton"));
        } else if (status != EnrolmentStatus.COMPLETED || p.nextLesson().isPresent()) {
            // A program done to the last lesson has nothing to resume.
            actions.getChildren().add(statusButton(p, index, EnrolmentStatus.ACTIVE, "card.program.resume", "resumeButton"));
        }
        if (p.enrolment().isOpen()) {
            actions.getChildren().add(statusButton(p, index, EnrolmentStatus.COMPLETED, "card.program.complete",
                    "completeButton"));
            actions.getChildren().add(statusButton(p, index, EnrolmentStatus.STOPPED, "card.program.stop", "stopButton"));
        }
        return actions;
    }

    private Button statusButton(ProgramProgress p, int index, EnrolmentStatus to, String key, String id) {
        Button button = new Button(messages.get(key));
        button.setId(id + index);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> vm.setStatus(p.enrolment().id(), to));
        return button;
    }

    private Node lessons(ProgramProgress p, int index) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        grid.getStyleClass().add("lesson-grid");
        // The title takes what is left; the state keeps room for "done 12.03.2026 · after a pause…".
        ColumnConstraints numberColumn = new ColumnConstraints();
        numberColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints titleColumn = new ColumnConstraints();
        titleColumn.setPercentWidth(48);
        ColumnConstraints stateColumn = new ColumnConstraints();
        stateColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(numberColumn, titleColumn, stateColumn);
        grid.setId("lessons" + index);
        List<LessonStep> steps = p.steps();
        for (int i = 0; i < steps.size(); i++) {
            LessonStep step = steps.get(i);
            Label number = new Label((i + 1) + ".");
            number.getStyleClass().add("text-muted");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label title = new Label(ProgramLabels.lesson(step.lesson(), messages));
            title.getStyleClass().add("lesson-title");
            title.setWrapText(true);
            Label state = new Label(stateText(step));
            state.setWrapText(true);
            state.getStyleClass().add("lesson-" + step.state().name().toLowerCase().replace('_', '-'));
            if (step.resumedAfterPause()) {
                state.getStyleClass().add("lesson-resumed");
            }
            grid.addRow(i, number, title, state);
        }
        return grid;
    }

    private String stateText(LessonStep step) {
        return switch (step.state()) {
            case DONE -> {
                String text = messages.get("card.program.doneOn", dates.format(step.date()));
                if (step.timesDone() > 1) {
                    text += " " + messages.get("card.program.times", step.timesDone());
                }
                if (step.resumedAfterPause()) {
                    text += "  ·  " + pause(step.daysSincePrevious());
                }
                yield text;
            }
            case PLANNED -> messages.get("card.program.plannedOn", dates.format(step.date()));
            case NOT_YET -> messages.get("LessonStep.State.NOT_YET");
        };
    }

    /** "after a pause of 4 months"; under two months the gap is said in days. */
    private String pause(long days) {
        return days < 60 ? messages.plural("card.program.pauseDays", days)
                : messages.plural("card.program.pauseMonths", days / 30);
    }
}
