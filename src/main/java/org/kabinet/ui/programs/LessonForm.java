package org.kabinet.ui.programs;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Lesson;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.TabKey;
import org.kabinet.ui.common.UnsavedForm;

/** The side form of one lesson: its title and description, and Save. */
final class LessonForm implements UnsavedForm {

    /**
     * What Save hands over: the lesson, the title and description typed, and its shipped title;
     * {@code saved} runs once it is written.
     */
    interface SaveAction {
        void save(Lesson lesson, String title, String description, String shippedTitle, Runnable saved);
    }

    private final Messages messages;
    private final StackPane root = new StackPane();
    private final VBox form = new VBox(6);
    private final TextField title = new TextField();
    private final TextArea description = TabKey.movesFocus(new TextArea());
    private final Label shipped = new Label();
    private final Label retiredNote = new Label();
    private final Label empty;
    private final SaveAction onSave;
    private Lesson lesson;
    /** The title and description as shown, before she typed: what tells that something is unsaved. */
    private String shownTitle = "";
    private String shownDescription = "";

    LessonForm(Messages messages, SaveAction onSave) {
        this.messages = messages;
        this.onSave = onSave;
        title.setId("lessonTitleField");
        description.setId("lessonDescriptionArea");
        description.setWrapText(true);
        description.setPrefRowCount(8);
        VBox.setVgrow(description, Priority.ALWAYS);
        shipped.setId("shippedTitleHint");
        shipped.setWrapText(true);
        shipped.getStyleClass().addAll("text-muted", "text-small");
        retiredNote.setWrapText(true);
        retiredNote.getStyleClass().addAll("text-muted", "text-small");
        retiredNote.setText(messages.get("programs.lesson.retiredNote"));
        Button save = new Button(messages.get("button.save"), Icons.of(Icon.SAVE));
        save.setId("saveLessonButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(false);
        save.setOnAction(e -> save(() -> { }));
        title.setOnAction(e -> save.fire());
        Label titleLabel = new Label(messages.get("programs.lesson.title"));
        titleLabel.setLabelFor(title);
        Label descriptionLabel = new Label(messages.get("programs.lesson.description"));
        descriptionLabel.setLabelFor(description);
        form.getChildren().addAll(titleLabel, title, shipped, descriptionLabel, description, retiredNote, save);
        form.setId("lessonForm");
        empty = new Label(messages.get("programs.noSelection"));
        empty.setWrapText(true);
        empty.getStyleClass().add("text-muted");
        root.getChildren().addAll(empty, form);
        root.setPadding(new Insets(12));
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        StackPane.setAlignment(form, javafx.geometry.Pos.TOP_LEFT);
        root.setMinWidth(260);
        root.setPrefWidth(340);
        show(null);
    }

    StackPane root() {
        return root;
    }

    /** Shows a lesson to edit, or the hint to choose one. */
    void show(Lesson shown) {
        this.lesson = shown;
        form.setVisible(shown != null);
        empty.setVisible(shown == null);
        if (shown == null) {
            return;
        }
        title.setText(ProgramLabels.lesson(shown, messages));
        description.setText(shown.description());
        shownTitle = title.getText();
        shownDescription = description.getText();
        boolean builtIn = shown.code() != null;
        title.setPromptText(builtIn ? shippedTitle(shown) : "");
        shipped.setText(builtIn ? messages.get("programs.lesson.shipped", shippedTitle(shown)) : "");
        shipped.setManaged(builtIn);
        shipped.setVisible(builtIn);
        retiredNote.setManaged(shown.retired());
        retiredNote.setVisible(shown.retired());
    }

    @Override
    public boolean dirty() {
        // Spaces around the title are not kept, so they alone are nothing to ask about.
        return lesson != null && (!title.getText().strip().equals(shownTitle.strip())
                || !description.getText().equals(shownDescription));
    }

    @Override
    public void save(Runnable saved) {
        if (lesson != null) {
            onSave.save(lesson, title.getText(), description.getText(), shippedTitle(lesson), saved);
        }
    }

    @Override
    public void discard() {
        show(lesson);
    }

    private String shippedTitle(Lesson l) {
        return l.code() == null ? "" : ProgramLabels.lesson(l.withTitle(""), messages);
    }
}
