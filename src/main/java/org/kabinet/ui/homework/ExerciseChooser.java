package org.kabinet.ui.homework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;
import org.kabinet.ui.library.ExerciseFilter;
import org.kabinet.ui.library.ExerciseLabels;
import org.kabinet.ui.main.ScreenContext;

/** Picks exercises from the library: a search field and a checkable list of those not retired. */
public final class ExerciseChooser {

    private final Messages messages;
    private final VBox root = new VBox(6);
    private final ObservableList<Exercise> all = FXCollections.observableArrayList();
    private final FilteredList<Exercise> shown = new FilteredList<>(all, e -> true);
    /** Ticked ids; kept apart from the rows, so a search does not lose what was ticked. */
    private final Set<Long> ticked = new HashSet<>();
    private final ListView<Exercise> list = new ListView<>(shown);

    public ExerciseChooser(ScreenContext context) {
        this.messages = context.messages();
        TextField search = new TextField();
        search.setId("chooserSearchField");
        search.setPromptText(messages.get("library.search"));
        search.textProperty().addListener((o, a, words) -> shown.setPredicate(new ExerciseFilter(words, null, null, false)));
        list.setId("chooserList");
        list.setPrefHeight(210);
        list.setCellFactory(l -> new TickCell());
        // Reached by Tab with nothing chosen yet: the first row is, so Space ticks it and Down goes on.
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        // The list is one Tab stop, not one per exercise: arrows choose a row and Space ticks it.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Exercise chosen = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && chosen != null) {
                e.consume();
                if (!ticked.remove(chosen.id())) {
                    ticked.add(chosen.id());
                }
                list.refresh();
            }
        });
        // Says what to do: fill the library, or try other words, or write the homework by hand.
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                all.isEmpty() ? "polish.chooser.noExercises" : "polish.chooser.noMatch"), all));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(10));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(search, list);
        root.setId("exerciseChooser");
        context.executor().run(() -> context.practice().exercises().library(messages.locale()).stream()
                .filter(e -> !e.retired()).toList(), all::setAll, context.onError());
    }

    public Node root() {
        return root;
    }

    /** Ticks these exercises (a lesson's defaults, say). */
    public void preselect(List<Long> exerciseIds) {
        ticked.addAll(exerciseIds);
        list.refresh();
    }

    /** The exercises ticked, in the library's order. */
    public List<Exercise> chosen() {
        List<Exercise> chosen = new ArrayList<>();
        for (Exercise e : all) {
            if (ticked.contains(e.id())) {
                chosen.add(e);
            }
        }
        return chosen;
    }

    /** A row: a check box with the title, and the method in grey. */
    private final class TickCell extends ListCell<Exercise> {
        private final CheckBox check = new CheckBox();
        private final Label method = new Label();
        private final VBox box = new VBox(1, check, method);
        private Exercise item;

        TickCell() {
            method.getStyleClass().addAll("text-muted", "text-small");
            method.setPadding(new Insets(0, 0, 0, 24));
            check.getStyleClass().add("chooser-check");
            check.setFocusTraversable(false);
            check.selectedProperty().addListener((o, was, now) -> {
                if (item != null) {
                    if (now) {
                        ticked.add(item.id());
                    } else {
                        ticked.remove(item.id());
                    }
                }
            });
        }

        @Override
        protected void updateItem(Exercise e, boolean empty) {
            super.updateItem(e, empty);
            item = null;
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            check.setText(ExerciseLabels.title(e));
            check.setId("chooseExercise" + e.id());
            check.setSelected(ticked.contains(e.id()));
            method.setText(messages.of(e.method()));
            item = e;
            setGraphic(box);
        }
    }
}
