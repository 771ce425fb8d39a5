package org.kabinet.ui.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kabinet.i18n.Messages;
import org.kabinet.model.FieldError;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.Text;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.ScreenContext;

/**
 * The fields of the session dialog: what she types, turned into a {@link Session}, with each
 * problem shown beside its field in her language.
 */
final class SessionForm {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ScreenContext context;
    final GridPane grid = new GridPane();
    final DateField date;
    final TextField time = field("sessionTimeField", 4);
    final TextField minutes = field("sessionMinutesField", 4);
    final ComboBox<SessionFormat> format = new ComboBox<>();
    final ComboBox<SessionKind> kind = new ComboBox<>();
    final ComboBox<SessionStatus> status = new ComboBox<>();
    final CheckBox late = new CheckBox();
    final TextField fee = field("sessionFeeField", 7);
    final CheckBox paid = new CheckBox();
    final ComboBox<SessionLessonChoice> lesson = new ComboBox<>();
    final Label startError = error("sessionStartError");
    final Label minutesError = error("sessionMinutesError");
    final Label feeError = error("sessionFeeError");
    final Label kindError = error("sessionKindError");
    final Label generalError = error("sessionError");
    private int row;

    SessionForm(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.date = new DateField(messages, context.dates());
        date.setFieldId("sessionDateField");
        time.setPromptText(messages.get("sessionDialog.time.prompt"));
        format.setId("sessionFormatCombo");
        kind.setId("sessionKindCombo");
        status.setId("sessionStatusCombo");
        late.setId("sessionLateCheck");
        late.setText(messages.get("sessionDialog.late"));
        paid.setId("sessionPaidCheck");
        paid.setText(messages.get("sessionDialog.paid"));
        lesson.setId("sessionLessonCombo");
        lesson.setMaxWidth(Double.MAX_VALUE);
        Choices.ofEnum(format, messages, false, SessionFormat.values());
        Choices.ofEnum(kind, messages, false, SessionKind.values());
        Choices.ofEnum(status, messages, false, SessionStatus.values());
        Choices.labelled(lesson, c -> c == null ? messages.get("sessionDialog.noLesson") : c.label());
        // A late cancellation is the client's: for any other status the box says nothing.
        status.valueProperty().addListener((obs, old, now) -> {
            late.setDisable(now != SessionStatus.CANCELLED_BY_CLIENT);
            if (now != SessionStatus.CANCELLED_BY_CLIENT) {
                late.setSelected(false);
            }
        });
        lesson.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                kind.setValue(SessionKind.LESSON);
            }
        });
        grid.getStyleClass().add("session-form");
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new javafx.geometry.Insets(16, 20, 8, 20));
    }

    /** Adds a labelled row of nodes (and the error label under it, if any). */
    void row(String key, javafx.scene.Node content, Label errorLabel) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(content, 1, row++);
        if (errorLabel != null) {
            grid.add(errorLabel, 1, row++);
        }
    }

    void layOut() {
        Label minutesLabel = new Label(messages.get("sessionDialog.minutes"));
        minutesLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox when = new HBox(8, date, time, minutesLabel, minutes);
        when.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row("sessionDialog.when", when, startError);
        grid.add(minutesError, 1, row++);
        row("sessionDialog.format", format, null);
        row("sessionDialog.kind", kind, kindError);
        row("sessionDialog.lesson", lesson, null);
        HBox statusRow = new HBox(12, status, late);
        statusRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row("sessionDialog.status", statusRow, null);
        HBox money = new HBox(12, fee, paid);
        money.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row("sessionDialog.fee", money, feeError);
        grid.add(generalError, 0, row++, 2, 1);
        HBox.setHgrow(date, Priority.NEVER);
    }

    void fill(Session s) {
        if (s.start() != null) {
            date.textProperty().set(context.dates().format(s.start().toLocalDate()));
            time.setText(HH_MM.format(s.start()));
        }
        minutes.setText(String.valueOf(s.minutes()));
        format.setValue(s.format());
        kind.setValue(s.kind());
        status.setValue(s.status());
        late.setDisable(s.status() != SessionStatus.CANCELLED_BY_CLIENT);
        late.setSelected(s.lateCancellation());
        fee.setText(s.fee() == null ? "" : String.valueOf(s.fee()));
        paid.setSelected(s.paid());
    }

    /** Offers the lessons and selects the one the session names, keeping the kind she chose. */
    void offerLessons(List<SessionLessonChoice> choices, Long lessonId) {
        SessionKind chosenKind = kind.getValue();
        List<SessionLessonChoice> items = new ArrayList<>();
        items.add(null);
        items.addAll(choices);
        lesson.getItems().setAll(items);
        lesson.setValue(choices.stream().filter(c -> Long.valueOf(c.lessonId()).equals(lessonId)).findFirst().orElse(null));
        kind.setValue(chosenKind);
        lesson.setDisable(choices.isEmpty());
    }

    /** The session as typed, or empty after showing what is wrong beside the fields. */
    Optional<Session> read(Session base, long clientId) {
        clearErrors();
        boolean ok = true;
        Optional<LocalDate> day = context.dates().parse(Text.clean(date.textProperty().get()));
        Optional<LocalTime> at = parseTime(time.getText());
        if (day.isEmpty() || at.isEmpty()) {
            if (day.isEmpty()) {
                show(startError, "sessionDialog.error.date", date.editor());
            } else {
                show(startError, "sessionDialog.error.time", time);
            }
            ok = false;
        }
        Integer length = parseWhole(minutes.getText(), 4);
        if (length == null) {
            show(minutesError, "session.error.minutes", minutes);
            ok = false;
        }
        String feeText = Text.clean(fee.getText()).replace(" ", "");
        Integer feeValue = feeText.isEmpty() ? null : parseWhole(feeText, 9);
        if (!feeText.isEmpty() && feeValue == null) {
            show(feeError, "sessionDialog.error.fee", fee);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        SessionLessonChoice chosen = lesson.getValue();
        return Optional.of(new Session(base.id(), clientId, LocalDateTime.of(day.get(), at.get()), length,
                format.getValue(), kind.getValue(), status.getValue(),
                late.isSelected() && status.getValue() == SessionStatus.CANCELLED_BY_CLIENT,
                feeValue == null ? null : feeValue.longValue(), paid.isSelected(),
                chosen == null ? null : chosen.enrolmentId(), chosen == null ? null : chosen.lessonId()));
    }

    /** Shows the service's own verdict on the fields. */
    void showErrors(List<FieldError> errors) {
        Map<String, Label> labels = Map.of("start", startError, "minutes", minutesError, "fee", feeError,
                "kind", kindError);
        for (FieldError e : errors) {
            Label label = labels.getOrDefault(e.field(), generalError);
            label.setText(messages.get(e.messageKey()));
            label.setVisible(true);
            label.setManaged(true);
        }
    }

    void showGeneral(String text) {
        generalError.setText(text);
        generalError.setVisible(!text.isEmpty());
        generalError.setManaged(!text.isEmpty());
    }

    private void clearErrors() {
        for (Label l : List.of(startError, minutesError, feeError, kindError, generalError)) {
            l.setText("");
            l.setVisible(false);
            l.setManaged(false);
        }
        for (Control c : List.of(date.editor(), time, minutes, fee)) {
            c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
        }
    }

    private void show(Label label, String key, Control... fields) {
        label.setText(messages.get(key));
        label.setVisible(true);
        label.setManaged(true);
        for (Control c : fields) {
            c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
        }
    }

    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(Text.clean(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    private static Integer parseWhole(String text, int maxDigits) {
        String clean = Text.clean(text);
        return clean.matches("\\d{1," + maxDigits + "}") ? Integer.valueOf(clean) : null;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.setMaxWidth(460);
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }
}
