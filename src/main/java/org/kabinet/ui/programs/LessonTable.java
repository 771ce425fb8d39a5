package org.kabinet.ui.programs;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Lesson;

/** The columns of the lessons table: number, title, description, retired; retired rows muted. */
final class LessonTable {

    private LessonTable() {
    }

    static void configure(TableView<Lesson> table, Messages messages) {
        table.setId("lessonTable");
        table.setPlaceholder(new Label(messages.get("programs.noLessons")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Lesson, String> number = new TableColumn<>(messages.get("programs.col.number"));
        number.setId("numberColumn");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(number(table, c.getValue())));
        number.setPrefWidth(56);
        number.setMinWidth(50);
        number.setMaxWidth(70);
        TableColumn<Lesson, String> title = new TableColumn<>(messages.get("programs.col.title"));
        title.setId("titleColumn");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(ProgramLabels.lesson(c.getValue(), messages)));
        title.setPrefWidth(360);
        TableColumn<Lesson, String> description = new TableColumn<>(messages.get("programs.col.description"));
        description.setId("descriptionColumn");
        description.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().description().lines().findFirst().orElse("")));
        description.setPrefWidth(260);
        TableColumn<Lesson, String> state = new TableColumn<>(messages.get("programs.col.state"));
        state.setId("stateColumn");
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().retired() ? messages.get("programs.retired") : ""));
        state.setPrefWidth(110);
        state.setMaxWidth(140);
        table.getColumns().setAll(java.util.List.of(number, title, description, state));
        for (TableColumn<Lesson, ?> column : table.getColumns()) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Lesson lesson, boolean empty) {
                super.updateItem(lesson, empty);
                getStyleClass().remove("lesson-retired");
                if (!empty && lesson != null && lesson.retired()) {
                    getStyleClass().add("lesson-retired");
                }
            }
        });
    }

    /** The lesson's number among those still offered (what the funnel counts); none when retired. */
    private static String number(TableView<Lesson> table, Lesson lesson) {
        if (lesson.retired()) {
            return "";
        }
        int n = 0;
        for (Lesson l : table.getItems()) {
            if (!l.retired()) {
                n++;
            }
            if (l.id() == lesson.id()) {
                return Integer.toString(n);
            }
        }
        return "";
    }
}
