package org.kabinet.ui.planner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Channel;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.Text;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.common.TabKey;

/**
 * The fields of the log-a-contact dialog: the contact itself, and the optional booking and next
 * call, each shown once its box is ticked. Reads what is typed; says what is wrong in words.
 */
final class LogContactForm {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateFormats dates;
    final VBox root = new VBox(10);
    final DateField date;
    final TextField time = new TextField();
    final ComboBox<Channel> channel = new ComboBox<>();
    final ComboBox<ContactDirection> direction = new ComboBox<>();
    final TextField purpose = new TextField();
    final ComboBox<ContactOutcome> outcome = new ComboBox<>();
    final TextArea note = TabKey.movesFocus(new TextArea());
    final Label doNotContactHint = new Label();
    final CheckBox book = new CheckBox();
    final DateField bookDate;
    final TextField bookTime = new TextField();
    final TextField bookMinutes = new TextField();
    final Label bookKind = new Label();
    final CheckBox next = new CheckBox();
    final DateField nextDate;
    final TextField nextReason = new TextField();
    final Label error = new Label();

    LogContactForm(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
        this.date = new DateField(messages, dates);
        this.bookDate = new DateField(messages, dates);
        this.nextDate = new DateField(messages, dates);
        ids();
        Choices.ofEnum(channel, messages, false, Channel.values());
        Choices.ofEnum(direction, messages, false, ContactDirection.values());
        Choices.ofEnum(outcome, messages, false, ContactOutcome.values());
        outcome.setPromptText(messages.get("logContact.outcome.prompt"));
        time.setPrefColumnCount(5);
        bookTime.setPrefColumnCount(5);
        bookMinutes.setPrefColumnCount(4);
        note.setPrefRowCount(3);
        note.setWrapText(true);
        doNotContactHint.setText(messages.get("logContact.doNotContact.hint"));
        doNotContactHint.setWrapText(true);
        doNotContactHint.getStyleClass().add("planner-warning");
        showWhen(doNotContactHint, false);
        outcome.valueProperty().addListener((obs, old, now) -> {
            showWhen(doNotContactHint, now == ContactOutcome.DO_NOT_CONTACT);
            if (now == ContactOutcome.BOOKED) {
                book.setSelected(true);
            }
        });
        book.setText(messages.get("logContact.book"));
        next.setText(messages.get("logContact.next"));
        nextReason.setPromptText(messages.get("logContact.next.reason.prompt"));
        bookKind.getStyleClass().add("text-muted");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showWhen(error, false);
        layOut();
    }

    private void ids() {
        date.setFieldId("contactDateField");
        time.setId("contactTimeField");
        channel.setId("contactChannelCombo");
        direction.setId("contactDirectionCombo");
        purpose.setId("contactPurposeField");
        outcome.setId("contactOutcomeCombo");
        note.setId("contactNoteArea");
        doNotContactHint.setId("doNotContactHint");
        book.setId("bookSessionCheck");
        bookDate.setFieldId("bookDateField");
        bookTime.setId("bookTimeField");
        bookMinutes.setId("bookMinutesField");
        bookKind.setId("bookKindLabel");
        next.setId("planNextCheck");
        nextDate.setFieldId("nextDateField");
        nextReason.setId("nextReasonField");
        error.setId("logContactError");
    }

    private void layOut() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.addRow(r++, label("logContact.when"), new HBox(6, date, time));
        grid.addRow(r++, label("logContact.channel"), channel);
        grid.addRow(r++, label("logContact.direction"), direction);
        grid.addRow(r++, label("logContact.purpose"), purpose);
        grid.addRow(r++, label("logContact.outcome"), outcome);
        grid.addRow(r, label("logContact.note"), note);
        GridPane.setHgrow(purpose, Priority.ALWAYS);
        HBox booking = new HBox(6, bookDate, bookTime, bookMinutes, new Label(messages.get("logContact.book.minutes")));
        booking.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox bookBox = new VBox(4, booking, bookKind);
        bookBox.getStyleClass().add("planner-sub");
        HBox nextBox = new HBox(6, nextDate, nextReason);
        HBox.setHgrow(nextReason, Priority.ALWAYS);
        nextBox.getStyleClass().add("planner-sub");
        bookBox.visibleProperty().bind(book.selectedProperty());
        bookBox.managedProperty().bind(book.selectedProperty());
        nextBox.visibleProperty().bind(next.selectedProperty());
        nextBox.managedProperty().bind(next.selectedProperty());
        root.getChildren().addAll(grid, doNotContactHint, book, bookBox, next, nextBox, error);
        root.setPrefWidth(560);
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void showWhen(javafx.scene.Node node, boolean show) {
        node.setVisible(show);
        node.setManaged(show);
    }

    void setDate(DateField field, LocalDate day) {
        field.textProperty().set(dates.format(day));
    }

    /** The moment typed in a date and a time field, or empty (with the error shown) when either is wrong. */
    Optional<LocalDateTime> moment(DateField day, TextField at, String what) {
        Optional<LocalDate> d = dates.parse(Text.clean(day.textProperty().get()));
        Optional<LocalTime> t = time(at.getText());
        if (d.isEmpty() || t.isEmpty()) {
            fail(messages.get("logContact.error.when", messages.get(what)));
            return Optional.empty();
        }
        return Optional.of(d.get().atTime(t.get()));
    }

    Optional<LocalDate> day(DateField field, String what) {
        Optional<LocalDate> d = dates.parse(Text.clean(field.textProperty().get()));
        if (d.isEmpty()) {
            fail(messages.get("logContact.error.when", messages.get(what)));
        }
        return d;
    }

    static Optional<LocalTime> time(String typed) {
        String t = Text.clean(typed).replace('.', ':');
        try {
            return Optional.of(LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t, HH_MM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void fail(String text) {
        error.setText(text);
        showWhen(error, true);
    }

    void clearError() {
        showWhen(error, false);
    }
}
