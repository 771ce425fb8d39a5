package org.kabinet.ui.session;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Text;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.common.FieldErrors;

/**
 * The "next session" part of the close-session panel: book it or not, its date, time and length,
 * what it is for, and the free slots of that day as buttons that set the time.
 */
final class CloseNextSection extends VBox {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("HH:mm");

    private final CloseSessionViewModel vm;
    private final Messages messages;
    private final CheckBox bookNext = new CheckBox();
    private final FlowPane slots = new FlowPane(6, 6);
    private final Label noSlots = new Label();
    private final TextField time = new TextField();

    CloseNextSection(CloseSessionViewModel vm, Messages messages, DateFormats dates) {
        this.vm = vm;
        this.messages = messages;
        setSpacing(8);
        bookNext.setText(messages.get("close.bookNext"));
        bookNext.setId("bookNextCheck");
        bookNext.selectedProperty().bindBidirectional(vm.bookNext());

        DateField date = new DateField(messages, dates);
        date.setFieldId("nextDateField");
        date.textProperty().bindBidirectional(vm.nextDate());
        Label weekday = new Label();
        weekday.setId("nextWeekdayLabel");
        weekday.getStyleClass().add("text-muted");
        DateTimeFormatter dayName = DateTimeFormatter.ofPattern("EEEE", messages.locale());
        weekday.textProperty().bind(Bindings.createStringBinding(
                () -> dates.parse(Text.clean(vm.nextDate().get())).map(dayName::format).orElse(""), vm.nextDate()));
        time.setId("nextTimeField");
        time.setPrefColumnCount(5);
        time.setPromptText("14:00");
        time.textProperty().bindBidirectional(vm.nextTime());
        TextField minutes = new TextField();
        minutes.setId("nextMinutesField");
        minutes.setPrefColumnCount(4);
        minutes.textProperty().bindBidirectional(vm.nextMinutes());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, new Label(messages.get("close.date")), new Label(messages.get("close.time")),
                new Label(messages.get("close.minutes")));
        grid.addRow(1, new HBox(8, date, weekday), time, minutes);
        ((HBox) grid.getChildren().get(3)).setAlignment(Pos.CENTER_LEFT);
        Label dateError = error("nextDateError");
        Label timeError = error("nextTimeError");
        Label minutesError = error("nextMinutesError");
        FieldErrors.bind(dateError, vm.dateError(), messages, date.editor());
        FieldErrors.bind(timeError, vm.timeError(), messages, time);
        FieldErrors.bind(minutesError, vm.minutesError(), messages, minutes);
        VBox errors = new VBox(2, dateError, timeError, minutesError);

        Label purpose = new Label(purpose());
        purpose.setId("nextLessonLabel");
        purpose.setWrapText(true);

        slots.setId("freeSlotsPane");
        noSlots.setId("noFreeSlotsLabel");
        noSlots.getStyleClass().add("text-muted");
        noSlots.setText(messages.get("close.noFreeSlots"));
        Label slotsTitle = new Label(messages.get("close.freeSlots"));
        slotsTitle.getStyleClass().add("text-muted");
        VBox slotBox = new VBox(4, slotsTitle, slots, noSlots);
        vm.freeSlots().addListener((ListChangeListener<LocalDateTime>) c -> showSlots());
        vm.nextTime().addListener((obs, old, now) -> markSlot());
        showSlots();

        VBox details = new VBox(8, grid, errors, purpose, slotBox);
        details.disableProperty().bind(vm.bookNext().not());
        getChildren().addAll(bookNext, details);
    }

    /** What the next session is for: its lesson, else its kind. */
    private String purpose() {
        CloseSessionData data = vm.data();
        String what = data.nextLesson() != null ? ProgramLabels.lesson(data.nextLesson(), messages)
                : messages.of(data.suggestion().kind());
        return messages.get("close.nextFor", what);
    }

    private void showSlots() {
        slots.getChildren().clear();
        for (LocalDateTime slot : vm.freeSlots()) {
            ToggleButton chip = new ToggleButton(SLOT.format(slot));
            chip.setId("slot" + SLOT.format(slot).replace(":", ""));
            chip.getStyleClass().addAll("slot-chip", "small");
            chip.setUserData(slot);
            chip.setOnAction(e -> {
                vm.pickSlot(slot);
                markSlot();
            });
            slots.getChildren().add(chip);
        }
        noSlots.setVisible(vm.freeSlots().isEmpty());
        noSlots.setManaged(vm.freeSlots().isEmpty());
        markSlot();
    }

    /** Shows which free slot the time typed is, if any. */
    private void markSlot() {
        String typed = CloseSessionViewModel.parseTime(vm.nextTime().get()).map(SLOT::format).orElse("");
        slots.getChildren().forEach(n -> ((ToggleButton) n).setSelected(((ToggleButton) n).getText().equals(typed)));
    }

    private static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("field-error", "text-small");
        label.setWrapText(true);
        return label;
    }

    CheckBox bookNextCheck() {
        return bookNext;
    }

    TextField timeField() {
        return time;
    }
}
