package org.kabinet.ui.session;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Text;
import org.kabinet.ui.homework.ExerciseChooser;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.settings.SettingsSection;
import org.kabinet.ui.today.HomeworkLine;

/**
 * The panel's homework section: what the client has to review, with quick statuses; then giving
 * homework (exercises of the library, the lesson's defaults ticked, or free text), due on the day
 * of the next session booked; and whether to print the sheet after saving.
 */
final class CloseHomeworkSection {

    private static final List<HomeworkStatus> QUICK = List.of(HomeworkStatus.DONE, HomeworkStatus.PARTLY_DONE,
            HomeworkStatus.NOT_DONE, HomeworkStatus.DISCUSSED);

    private final ScreenContext context;
    private final Messages messages;
    private final CloseSessionViewModel vm;
    private final CloseHomeworkViewModel homework;
    private final ExerciseChooser chooser;
    private final VBox review = new VBox(4);
    private final TextField free = new TextField();
    private final Label dueLabel = new Label();
    private final VBox root = new VBox(8);

    CloseHomeworkSection(ScreenContext context, CloseSessionViewModel vm, CloseHomeworkViewModel homework) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
        this.homework = homework;
        this.chooser = new ExerciseChooser(context);
        chooser.preselect(homework.lessonDefaults());

        review.setId("closeHomeworkToReview");
        homework.toReview().addListener((ListChangeListener<HomeworkLine>) c -> fillReview());
        fillReview();

        Label give = new Label(messages.get("close.homework.give"));
        give.getStyleClass().add("text-bold");
        Node chooserRoot = chooser.root();
        chooserRoot.setId("closeExerciseChooser");
        free.setId("closeHomeworkFreeField");
        free.setPromptText(messages.get("close.homework.free.prompt"));
        free.textProperty().bindBidirectional(homework.freeText());
        dueLabel.setId("closeHomeworkDueLabel");
        dueLabel.getStyleClass().add("text-muted");
        vm.bookNext().addListener((obs, was, now) -> showDue());
        vm.nextDate().addListener((obs, was, now) -> showDue());
        showDue();

        CheckBox print = new CheckBox(messages.get("close.homework.print"));
        print.setId("closePrintSheetCheck");
        print.selectedProperty().bindBidirectional(homework.printSheet());
        print.setWrapText(true);
        Button settings = new Button(messages.get("print.sheetSettings"));
        settings.setId("closeSheetSettingsButton");
        settings.getStyleClass().addAll("flat", "text-small");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        settings.setOnAction(e -> context.navigator().openSettings(SettingsSection.SHEETS));
        HBox printLine = new HBox(8, print, settings);
        printLine.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(review, give, chooserRoot, free, dueLabel, printLine);
    }

    Node root() {
        return root;
    }

    /** Where Tab goes from "next time, ask about…". */
    TextField freeField() {
        return free;
    }

    /** The homework to give, as chosen now: for the session closed and its lesson. */
    List<Homework> items() {
        var item = vm.data().item();
        return CloseHomeworkViewModel.items(item.client().id(), item.session().id(),
                item.lesson() == null ? null : item.lesson().id(), chooser.chosen(), homework.freeText().get(), due());
    }

    private LocalDate due() {
        return CloseHomeworkViewModel.due(vm.bookNext().get(), context.dates().parse(Text.clean(vm.nextDate().get())),
                vm.data().item().session().start().toLocalDate(), context.practice().homework().today());
    }

    private void showDue() {
        boolean withNext = vm.bookNext().get() && context.dates().parse(Text.clean(vm.nextDate().get())).isPresent();
        dueLabel.setText(messages.get(withNext ? "close.homework.dueNext" : "close.homework.dueWeek",
                context.dates().format(due())));
    }

    private void fillReview() {
        review.getChildren().clear();
        if (homework.toReview().isEmpty()) {
            review.setManaged(false);
            review.setVisible(false);
            return;
        }
        review.setManaged(true);
        review.setVisible(true);
        Label title = new Label(messages.get("close.homework.toReview"));
        title.getStyleClass().add("text-bold");
        review.getChildren().add(title);
        for (HomeworkLine line : homework.toReview()) {
            Label name = new Label(line.title());
            name.setWrapText(true);
            Label status = new Label(messages.of(line.status()));
            status.getStyleClass().addAll("text-muted", "text-small");
            status.setMinWidth(Region.USE_PREF_SIZE);
            VBox what = new VBox(1, name, status);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(6, what);
            row.setId("reviewHomework" + line.id());
            row.setAlignment(Pos.CENTER_LEFT);
            for (HomeworkStatus s : QUICK) {
                Button b = new Button(messages.get("close.homework.mark." + s.name()));
                b.setId("mark" + s.name() + "_" + line.id());
                b.getStyleClass().addAll("small", s == line.status() ? "accent" : "flat");
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setOnAction(e -> homework.setStatus(line.id(), s));
                row.getChildren().add(b);
            }
            review.getChildren().add(row);
        }
    }
}
