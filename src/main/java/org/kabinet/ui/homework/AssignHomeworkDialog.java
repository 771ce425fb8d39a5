package org.kabinet.ui.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Text;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.common.TabKey;

/**
 * The dialog that gives a client homework: exercises of the library (a lesson's defaults ticked)
 * and/or one item of free text, with one note for the client added to each, and a due date.
 */
public final class AssignHomeworkDialog {

    private static final KeyCombination CTRL_ENTER = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final ScreenContext context;
    private final Messages messages;
    private final long clientId;
    private final Long sessionId;
    private final Long lessonId;
    private final Runnable onAssigned;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ExerciseChooser chooser;
    private final TextField freeTitle = new TextField();
    private final TextArea freeText = TabKey.movesFocus(new TextArea());
    private final TextArea note = TabKey.movesFocus(new TextArea());
    private final DateField due;
    private final Label error = new Label();
    private boolean saving;

    private AssignHomeworkDialog(ScreenContext context, long clientId, Long sessionId, Long lessonId, Runnable onAssigned) {
        this.context = context;
        this.messages = context.messages();
        this.clientId = clientId;
        this.sessionId = sessionId;
        this.lessonId = lessonId;
        this.onAssigned = onAssigned;
        this.chooser = new ExerciseChooser(context);
        this.due = new DateField(messages, context.dates());
        due.setFieldId("homeworkDueField");
        freeTitle.setId("homeworkFreeTitleField");
        freeText.setId("homeworkFreeTextArea");
        freeText.setPrefRowCount(3);
        freeText.setWrapText(true);
        note.setId("homeworkNoteArea");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(messages.get("homework.assign.note.hint"));
        error.setId("homeworkError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        VBox form = new VBox(6,
                heading("homework.assign.exercises"), chooser.root(),
                heading("homework.assign.free"), label("homework.assign.freeTitle"), freeTitle,
                label("homework.assign.freeText"), freeText,
                heading("homework.assign.note"), note,
                heading("homework.assign.due"), due, error);
        form.setPrefWidth(520);
        form.setPadding(new javafx.geometry.Insets(4, 12, 0, 12));
        dialog.setTitle(messages.get("homework.assign.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setId("assignHomeworkDialog");
        ButtonType save = context.dialogs().button("homework.assign.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("assignHomeworkSaveButton");
        // The dialog stays open while saving: a refusal or a question needs her answer first.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save(false);
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CTRL_ENTER.match(e)) {
                e.consume();
                save(false);
            }
        });
    }

    /** Opens the dialog; {@code onAssigned} runs after the homework was saved. */
    public static void open(ScreenContext context, long clientId, Long sessionId, Long lessonId, Runnable onAssigned) {
        AssignHomeworkDialog d = new AssignHomeworkDialog(context, clientId, sessionId, lessonId, onAssigned);
        d.loadDefaults();
        d.dialog.show();
    }

    private void loadDefaults() {
        var homework = context.practice().homework();
        context.executor().run(() -> homework.defaultDue(clientId).orElse(homework.today().plusWeeks(1)), day -> {
            if (due.textProperty().get().isEmpty()) {
                due.textProperty().set(context.dates().format(day));
            }
        }, context.onError());
        if (lessonId != null) {
            context.executor().run(() -> context.practice().exercises().lessonDefaults(lessonId), chooser::preselect,
                    context.onError());
        }
    }

    private void save(boolean archivedConfirmed) {
        if (saving) {
            return;
        }
        showError(null);
        String dueText = Text.clean(due.textProperty().get());
        Optional<LocalDate> day = context.dates().parse(dueText);
        if (!dueText.isEmpty() && day.isEmpty()) {
            showError("homework.assign.error.due");
            return;
        }
        List<Homework> items = items(day.orElse(null));
        if (items.isEmpty()) {
            showError("homework.error.empty");
            return;
        }
        saving = true;
        context.executor().run(() -> context.practice().homework().assign(items, archivedConfirmed), saved -> {
            saving = false;
            dialog.close();
            onAssigned.run();
        }, e -> {
            saving = false;
            if (e instanceof RuleException rule && "homework.error.archived".equals(rule.messageKey())) {
                if (context.dialogs().confirm(messages.get("homework.assign.archived.title"),
                        messages.get("homework.error.archived"), "homework.assign.anyway")) {
                    save(true);
                }
            } else if (e instanceof RuleException rule) {
                showError(rule.messageKey());
            } else {
                context.onError().accept(e);
            }
        });
    }

    /** What the form says: one item per exercise ticked, and the free item when anything of it was typed. */
    private List<Homework> items(LocalDate dueOn) {
        String forClient = note.getText().strip();
        List<Homework> items = new ArrayList<>();
        for (Exercise e : chooser.chosen()) {
            // The exercise's own steps stay in the library; the homework keeps what is for this client.
            items.add(item(e.id(), e.title(), forClient, dueOn));
        }
        if (!freeTitle.getText().isBlank() || !freeText.getText().isBlank()) {
            items.add(item(null, freeTitle.getText(), withNote(freeText.getText().strip(), forClient), dueOn));
        }
        return items;
    }

    private Homework item(Long exerciseId, String title, String instructions, LocalDate dueOn) {
        return new Homework(0, clientId, sessionId, lessonId, exerciseId, title, instructions, null, dueOn,
                HomeworkStatus.ASSIGNED, "", "");
    }

    private static String withNote(String instructions, String forClient) {
        if (forClient.isEmpty()) {
            return instructions;
        }
        return instructions.isEmpty() ? forClient : instructions + "\n\n" + forClient;
    }

    private void showError(String key) {
        error.setText(key == null ? "" : messages.get(key));
        error.setManaged(key != null);
        error.setVisible(key != null);
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-bold");
        return label;
    }

    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("text-small");
        return label;
    }
}
