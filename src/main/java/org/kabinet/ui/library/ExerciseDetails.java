package org.kabinet.ui.library;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;

/** The selected exercise, to read: title, method, what it is for, steps, duration, frequency, questions, tags. */
final class ExerciseDetails {

    private final Messages messages;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);

    ExerciseDetails(Messages messages) {
        this.messages = messages;
        content.setId("exerciseDetails");
        content.setPadding(new Insets(16, 20, 20, 20));
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    Node root() {
        return root;
    }

    void show(Exercise e) {
        Label title = new Label(ExerciseLabels.title(e));
        title.setId("exerciseTitleLabel");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        String methodText = messages.of(e.method()) + (e.retired() ? "  ·  " + messages.get("library.retired") : "");
        Label method = muted(methodText);
        content.getChildren().setAll(title, method);
        section("library.purpose", e.purpose().isEmpty() ? List.of() : List.of(e.purpose()), false);
        section("library.steps", e.steps(), true);
        String when = String.join("  ·  ", List.of(e.duration(), e.frequency()).stream().filter(s -> !s.isEmpty()).toList());
        section("library.durationFrequency", when.isEmpty() ? List.of() : List.of(when), false);
        section("library.questions", e.questionList(), false);
        if (!e.tags().isEmpty()) {
            FlowPane chips = new FlowPane(6, 6);
            e.tags().forEach(t -> {
                Label chip = new Label(t);
                chip.getStyleClass().add("tag-chip");
                chips.getChildren().add(chip);
            });
            content.getChildren().addAll(heading("library.tags"), chips);
        }
    }

    private void section(String key, List<String> lines, boolean numbered) {
        if (lines.isEmpty()) {
            return;
        }
        content.getChildren().add(heading(key));
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label((numbered ? (i + 1) + ". " : (lines.size() > 1 ? "• " : "")) + lines.get(i));
            line.setWrapText(true);
            content.getChildren().add(line);
        }
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("text-bold");
        VBox.setMargin(heading, new Insets(6, 0, 0, 0));
        return heading;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }
}
