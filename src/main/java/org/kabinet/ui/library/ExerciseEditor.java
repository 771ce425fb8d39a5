package org.kabinet.ui.library;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.FieldErrors;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.TabKey;

/** The form of one exercise: every field, steps and questions one per line; Ctrl+S saves, Esc cancels. */
final class ExerciseEditor {

    private static final KeyCombination CTRL_S = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final Messages messages;
    private final VBox form = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(form);
    private final BorderPane root = new BorderPane(scroll);
    private final TextField title = field("exerciseTitleField");
    private final ComboBox<ExerciseMethod> method = new ComboBox<>();
    private final TextArea purpose = area("exercisePurposeArea", 3);
    private final TextArea steps = area("exerciseStepsArea", 7);
    private final TextField duration = field("exerciseDurationField");
    private final TextField frequency = field("exerciseFrequencyField");
    private final TextArea questions = area("exerciseQuestionsArea", 4);
    private final TextField tags = field("exerciseTagsField");
    private Exercise editing = Exercise.blank();
    /** The exercise as the form showed it before she typed: what tells that something is unsaved. */
    private Exercise shown = read();

    ExerciseEditor(Messages messages, LibraryViewModel vm, Runnable onSave, Runnable onCancel) {
        this.messages = messages;
        method.setId("exerciseMethodCombo");
        Choices.ofEnum(method, messages, false, ExerciseMethod.values());
        Label titleError = new Label();
        titleError.setId("exerciseTitleError");
        titleError.getStyleClass().add("field-error");
        titleError.setWrapText(true);
        FieldErrors.bind(titleError, vm.titleError(), messages, title);
        tags.setPromptText(messages.get("library.edit.tags.hint"));
        steps.setPromptText(messages.get("library.edit.onePerLine"));
        questions.setPromptText(messages.get("library.edit.onePerLine"));
        Button save = new Button(messages.get("button.save"), Icons.of(Icon.SAVE));
        save.setId("saveExerciseButton");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> onSave.run());
        Button cancel = new Button(messages.get("button.cancel"));
        cancel.setId("cancelExerciseButton");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // Save stays in sight below a long form.
        buttons.setPadding(new Insets(10, 20, 12, 20));
        buttons.getStyleClass().add("editor-buttons");
        form.getChildren().addAll(label("library.edit.title", title), title, titleError,
                label("library.edit.method", method), method, label("library.purpose", purpose), purpose,
                label("library.steps", steps), steps, label("library.edit.duration", duration), duration,
                label("library.edit.frequency", frequency), frequency, label("library.questions", questions), questions,
                label("library.tags", tags), tags);
        form.setId("exerciseEditor");
        form.setPadding(new Insets(16, 20, 20, 20));
        root.setBottom(buttons);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (CTRL_S.match(e)) {
                e.consume();
                onSave.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onCancel.run();
            }
        });
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
    }

    Node root() {
        return root;
    }

    void edit(Exercise e) {
        editing = e;
        title.setText(e.title());
        method.setValue(e.method());
        purpose.setText(e.purpose());
        steps.setText(e.instructions());
        duration.setText(e.duration());
        frequency.setText(e.frequency());
        questions.setText(e.questions());
        tags.setText(String.join(", ", e.tags()));
        shown = read();
        title.requestFocus();
    }

    /** Whether something typed differs from what the form showed. */
    boolean changed() {
        return !read().equals(shown);
    }

    /** The exercise as typed. */
    Exercise read() {
        List<String> tagList = Arrays.stream(tags.getText().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new Exercise(editing.id(), editing.code(), true, title.getText(), method.getValue(), purpose.getText(),
                steps.getText(), duration.getText(), frequency.getText(), questions.getText(), tagList, editing.retired());
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return label;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = TabKey.movesFocus(new TextArea());
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }
}
