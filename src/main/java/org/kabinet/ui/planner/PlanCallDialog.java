package org.kabinet.ui.planner;

import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.Text;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.session.SessionClientPicker;
import org.kabinet.ui.common.TabKey;

/** Plans a call to a client: by when, why in a few words, and what to say (optional). */
public final class PlanCallDialog {

    private final ScreenContext context;
    private final Messages messages;
    private final long clientId;
    private final Runnable onPlanned;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SessionClientPicker picker;
    private final DateField due;
    private final TextField reason = new TextField();
    private final TextArea script = TabKey.movesFocus(new TextArea());
    private final Label error = new Label();
    private boolean saving;

    private PlanCallDialog(ScreenContext context, long clientId, String name, Runnable onPlanned) {
        this.context = context;
        this.messages = context.messages();
        this.clientId = clientId;
        this.onPlanned = onPlanned;
        this.picker = clientId == 0 ? new SessionClientPicker(context, id -> { }) : null;
        this.due = new DateField(messages, context.dates());
        due.setFieldId("planCallDateField");
        due.textProperty().set(context.dates().format(context.practice().followUps().today().plusDays(1)));
        reason.setId("planCallReasonField");
        reason.setPromptText(messages.get("planCall.reason.prompt"));
        script.setId("planCallScriptArea");
        script.setPrefRowCount(3);
        script.setWrapText(true);
        script.setPromptText(messages.get("planCall.script.prompt"));
        error.setId("planCallError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        if (picker != null) {
            grid.addRow(r++, new Label(messages.get("planCall.client")), picker.field());
            grid.add(picker.error(), 1, r++);
        }
        grid.addRow(r++, new Label(messages.get("planCall.due")), due);
        grid.addRow(r++, new Label(messages.get("planCall.reason")), reason);
        grid.addRow(r++, new Label(messages.get("planCall.script")), script);
        grid.add(error, 1, r);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        grid.setPrefWidth(520);
        dialog.setTitle(messages.get("planCall.title"));
        dialog.setHeaderText(name == null ? messages.get("planCall.header.any") : messages.get("planCall.header", name));
        dialog.initOwner(context.dialogs().owner());
        dialog.getDialogPane().setId("planCallDialog");
        dialog.getDialogPane().setContent(grid);
        ButtonType save = context.dialogs().button("planCall.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save,
                context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("planCallSaveButton");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
    }

    /** Plans a call to this client; {@code onPlanned} runs once it is saved. */
    public static void open(ScreenContext context, long clientId, String name, Runnable onPlanned) {
        PlanCallDialog d = new PlanCallDialog(context, clientId, name, onPlanned);
        d.dialog.setOnShown(e -> d.reason.requestFocus());
        d.dialog.show();
    }

    /** Plans a call to a client she picks in the dialog. */
    public static void openForAnyone(ScreenContext context, Runnable onPlanned) {
        PlanCallDialog d = new PlanCallDialog(context, 0, null, onPlanned);
        d.dialog.setOnShown(e -> d.picker.field().requestFocus());
        d.dialog.show();
    }

    private void save() {
        if (saving) {
            return;
        }
        long who = picker == null ? clientId : picker.chosen();
        if (who == 0) {
            picker.showMissing();
            return;
        }
        Optional<LocalDate> day = context.dates().parse(Text.clean(due.textProperty().get()));
        if (day.isEmpty()) {
            error.setText(messages.get("followUp.error.due"));
            return;
        }
        FollowUp followUp = new FollowUp(0, who, day.get(), null, reason.getText(), script.getText(),
                FollowUpStatus.PLANNED);
        saving = true;
        context.executor().run(() -> context.practice().followUps().plan(followUp), saved -> {
            saving = false;
            dialog.close();
            onPlanned.run();
        }, e -> {
            saving = false;
            if (e instanceof RuleException rule) {
                error.setText(messages.get(rule.messageKey(), rule.args()));
            } else {
                context.onError().accept(e);
            }
        });
    }
}
