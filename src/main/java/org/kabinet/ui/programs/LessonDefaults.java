package org.kabinet.ui.programs;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;
import org.kabinet.model.Lesson;
import org.kabinet.ui.homework.ExerciseChooser;
import org.kabinet.ui.library.ExerciseLabels;
import org.kabinet.ui.main.ScreenContext;

/** The default exercises of the selected lesson, offered ticked when homework is given after it; and Choose… */
final class LessonDefaults {

    private final ScreenContext context;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final Label chosen = new Label();
    private Lesson lesson;
    private List<Long> ids = List.of();

    LessonDefaults(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        Label heading = new Label(messages.get("programs.lesson.defaults"));
        heading.getStyleClass().add("text-bold");
        chosen.setId("lessonDefaultsLabel");
        chosen.setWrapText(true);
        Button choose = new Button(messages.get("programs.lesson.defaults.choose"));
        choose.setId("chooseLessonDefaultsButton");
        choose.setOnAction(e -> choose());
        root.getChildren().addAll(heading, chosen, choose);
        root.setPadding(new Insets(0, 12, 12, 12));
        show(null);
    }

    Node root() {
        return root;
    }

    void show(Lesson shown) {
        lesson = shown;
        root.setVisible(shown != null);
        root.setManaged(shown != null);
        if (shown == null) {
            return;
        }
        long lessonId = shown.id();
        var practice = context.practice();
        context.executor().run(() -> new Read(practice.exercises().lessonDefaults(lessonId),
                practice.exercises().library(messages.locale()).stream()
                        .collect(Collectors.toMap(Exercise::id, Function.identity()))), read -> {
                            if (lesson != null && lesson.id() == lessonId) {
                                ids = read.ids();
                                List<String> titles = read.ids().stream().map(read.library()::get)
                                        .filter(Objects::nonNull).map(e -> "• " + ExerciseLabels.title(e)).toList();
                                chosen.setText(titles.isEmpty() ? messages.get("programs.lesson.defaults.none")
                                        : String.join("\n", titles));
                            }
                        }, context.onError());
    }

    private record Read(List<Long> ids, Map<Long, Exercise> library) {
    }

    private void choose() {
        if (lesson == null) {
            return;
        }
        Lesson forLesson = lesson;
        ExerciseChooser chooser = new ExerciseChooser(context);
        chooser.preselect(ids);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("programs.lesson.defaults.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(chooser.root());
        dialog.getDialogPane().setPrefWidth(460);
        dialog.getDialogPane().setId("lessonDefaultsDialog");
        ButtonType save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("saveLessonDefaultsButton");
        dialog.showAndWait().filter(save::equals).ifPresent(b -> {
            List<Long> picked = chooser.chosen().stream().map(Exercise::id).toList();
            context.executor().run(() -> {
                context.practice().exercises().setLessonDefaults(forLesson.id(), picked);
                return null;
            }, done -> show(lesson), context.onError());
        });
    }
}
