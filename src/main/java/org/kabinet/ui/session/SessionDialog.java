package org.kabinet.ui.session;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionWarning;
import org.kabinet.logic.ValidationException;
import org.kabinet.model.Session;
import org.kabinet.ui.card.CardStyles;
import org.kabinet.ui.main.ScreenContext;

/** The dialog that plans a new session or edits one, past or planned. */
public final class SessionDialog {

    private static final KeyCombination CTRL_ENTER = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ScreenContext context;
    private final Messages messages;
    private final Session session;
    private final Consumer<Session> onSaved;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SessionForm form;
    private final SessionClientPicker picker;
    /** Warnings she has already said yes to, for this dialog. */
    private final Set<SessionWarning.Kind> accepted = EnumSet.noneOf(SessionWarning.Kind.class);
    private boolean saving;

    private SessionDialog(ScreenContext context, Session session, Consumer<Session> onSaved) {
        this.context = context;
        this.messages = context.messages();
        this.session = session;
        this.onSaved = onSaved;
        this.form = new SessionForm(context);
        this.picker = session.clientId() == 0 ? new SessionClientPicker(context, this::loadLessons) : null;
        if (picker != null) {
            form.row("sessionDialog.client", picker.field(), picker.error());
        }
        form.layOut();
        form.fill(session);
        form.offerLessons(List.of(), null);
        dialog.setTitle(messages.get(session.id() == 0 ? "sessionDialog.title.new" : "sessionDialog.title.edit"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(form.grid);
        dialog.getDialogPane().setId("sessionDialog");
        dialog.getDialogPane().getStylesheets().addAll(CardStyles.sheets());
        ButtonType save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("sessionSaveButton");
        // The dialog stays open while saving: a warning or a wrong field needs her answer first.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (CTRL_ENTER.match(e)) {
                e.consume();
                save();
            }
        });
    }

    /**
     * Opens the dialog on {@code session} (id 0: a new one; client id 0: she picks the client);
     * {@code onSaved} gets the session as saved.
     */
    public static void edit(ScreenContext context, Session session, Consumer<Session> onSaved) {
        SessionDialog d = new SessionDialog(context, session, onSaved);
        d.dialog.setOnShown(e -> (d.picker != null ? d.picker.field() : d.form.date.editor()).requestFocus());
        d.dialog.show();
        if (session.clientId() != 0) {
            d.loadLessons(session.clientId());
        }
    }

    private void loadLessons(long clientId) {
        Long keep = clientId == session.clientId() ? session.enrolmentId() : null;
        context.executor().run(() -> context.practice().enrolments().progress(clientId),
                programs -> form.offerLessons(SessionLessonChoice.of(programs, keep, messages, context.dates()),
                        clientId == session.clientId() ? session.lessonId() : null),
                context.onError());
    }

    private long clientId() {
        return picker == null ? session.clientId() : picker.chosen();
    }

    private void save() {
        if (saving) {
            return;
        }
        long clientId = clientId();
        if (clientId == 0) {
            picker.showMissing();
        }
        var typed = form.read(session, clientId);
        if (typed.isEmpty() || clientId == 0) {
            return;
        }
        saving = true;
        Set<SessionWarning.Kind> agreed = EnumSet.noneOf(SessionWarning.Kind.class);
        agreed.addAll(accepted);
        context.executor().run(() -> SessionSaving.save(context.practice(), typed.get(), agreed), outcome -> {
            saving = false;
            if (outcome.saved() != null) {
                dialog.close();
                onSaved.accept(outcome.saved());
            } else if (confirm(outcome)) {
                outcome.warnings().forEach(w -> accepted.add(w.kind()));
                save();
            }
        }, this::failed);
    }

    private boolean confirm(SessionSaving.Outcome outcome) {
        String text = new SessionWarningTexts(messages, context.dates()).describe(outcome.warnings(), outcome.names());
        return context.dialogs().confirm(messages.get("sessionDialog.warning.title"), text, "sessionDialog.saveAnyway");
    }

    private void failed(Throwable error) {
        saving = false;
        if (error instanceof ValidationException v) {
            form.showErrors(v.errors());
        } else if (error instanceof RuleException rule) {
            form.showGeneral(messages.get(rule.messageKey(), rule.args()));
        } else {
            context.onError().accept(error);
        }
    }
}
