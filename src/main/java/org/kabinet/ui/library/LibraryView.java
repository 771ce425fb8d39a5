package org.kabinet.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.UnsavedForm;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;

/**
 * The exercise library: the list with search, method and tag filters on the left, the selected
 * exercise on the right, and its form when she edits one or writes a new one.
 */
public final class LibraryView implements Screen {

    private final ScreenContext context;
    private final Messages messages;
    private final LibraryViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final ComboBox<ExerciseMethod> method = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final CheckBox showRetired = new CheckBox();
    private final ListView<Exercise> list = new ListView<>();
    private final ExerciseDetails details;
    private final ExerciseEditor editor;
    private final Label nothingSelected = new Label();
    private final Label placeholder = new Label();
    private final Button retire = new Button();

    public LibraryView(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new LibraryViewModel(context);
        this.details = new ExerciseDetails(messages);
        this.editor = new ExerciseEditor(messages, vm, this::save, this::cancel);
        root.setId("libraryView");
        root.getStylesheets().add(LibraryView.class.getResource("/org/kabinet/ui/library/library.css").toExternalForm());
        root.setTop(header());
        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.38);
        root.setCenter(split);
        vm.selected().addListener((obs, old, now) -> showSelected());
        showSelected();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown(Runnable filled) {
        vm.load(filled);
    }

    @Override
    public boolean unsaved() {
        return edits.dirty();
    }

    @Override
    public void whenSettled(Runnable proceed) {
        edits.whenSettled(context.dialogs(), messages.get("unsaved.exercise.text"), proceed);
    }

    /** The open form's edits: only while she edits, and only what differs from what it showed. */
    private final UnsavedForm edits = new UnsavedForm() {
        @Override
        public boolean dirty() {
            return editor.root().isVisible() && editor.changed();
        }

        @Override
        public void save(Runnable saved) {
            vm.save(editor.read(), stored -> {
                showSelected();
                saved.run();
            });
        }

        @Override
        public void discard() {
            cancel();
        }
    };

    private Node header() {
        Label title = new Label(messages.get("library.title"));
        title.getStyleClass().add("title-2");
        Button add = new Button(messages.get("library.new"), Icons.of(Icon.ADD));
        add.setId("newExerciseButton");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> startEditing(Exercise.blank()));
        Button edit = new Button(messages.get("library.edit"), Icons.of(Icon.EDIT));
        edit.setId("editExerciseButton");
        edit.setOnAction(e -> {
            if (vm.selected().get() != null) {
                startEditing(vm.selected().get());
            }
        });
        retire.setId("retireExerciseButton");
        retire.setGraphic(Icons.of(Icon.ARCHIVE));
        retire.setOnAction(e -> {
            Exercise s = vm.selected().get();
            if (s != null) {
                vm.setRetired(s, !s.retired());
            }
        });
        edit.disableProperty().bind(vm.selected().isNull());
        retire.disableProperty().bind(vm.selected().isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, add, edit, retire);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(14, 20, 10, 20));
        return bar;
    }

    private Node left() {
        search.setId("exerciseSearchField");
        search.setPromptText(messages.get("library.search"));
        method.setId("exerciseMethodFilter");
        Choices.ofEnum(method, messages, true, ExerciseMethod.values());
        Choices.labelled(method, m -> m == null ? messages.get("library.allMethods") : messages.of(m));
        tag.setId("exerciseTagFilter");
        Choices.labelled(tag, t -> t == null ? messages.get("library.allTags") : t);
        vm.tags().addListener((javafx.collections.ListChangeListener<String>) c -> {
            String was = tag.getValue();
            tag.getItems().setAll(vm.tags());
            tag.getItems().add(0, null);
            tag.setValue(vm.tags().contains(was) ? was : null);
        });
        tag.getItems().add(null);
        method.setMaxWidth(Double.MAX_VALUE);
        tag.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(method, Priority.ALWAYS);
        HBox.setHgrow(tag, Priority.ALWAYS);
        showRetired.setId("showRetiredCheck");
        showRetired.setText(messages.get("library.showRetired"));
        search.textProperty().addListener((o, a, b) -> refilter());
        method.valueProperty().addListener((o, a, b) -> refilter());
        tag.valueProperty().addListener((o, a, b) -> refilter());
        showRetired.selectedProperty().addListener((o, a, b) -> refilter());

        list.setId("exerciseList");
        list.setItems(vm.shown());
        list.setCellFactory(l -> new ExerciseCell());
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("text-muted");
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                vm.all().isEmpty() ? "library.empty" : "library.noMatch"), vm.all()));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, e) -> {
            if (e != null) {
                vm.selected().set(e);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, search, new HBox(8, method, tag), showRetired, list);
        box.setPadding(new Insets(0, 8, 8, 20));
        box.setMinWidth(260);
        return box;
    }

    private Node right() {
        nothingSelected.setText(messages.get("library.noSelection"));
        nothingSelected.setId("noExerciseSelected");
        nothingSelected.getStyleClass().add("text-muted");
        nothingSelected.setWrapText(true);
        StackPane.setAlignment(nothingSelected, Pos.TOP_LEFT);
        StackPane.setMargin(nothingSelected, new Insets(16, 20, 0, 20));
        return new StackPane(nothingSelected, details.root(), editor.root());
    }

    private void refilter() {
        vm.filter().set(new ExerciseFilter(search.getText(), method.getValue(), tag.getValue(), showRetired.isSelected()));
    }

    private void showSelected() {
        Exercise e = vm.selected().get();
        editor.root().setVisible(false);
        details.root().setVisible(e != null);
        nothingSelected.setVisible(e == null);
        if (e != null) {
            details.show(e);
            retire.setText(messages.get(e.retired() ? "library.bringBack" : "library.retire"));
            if (list.getSelectionModel().getSelectedItem() != e) {
                list.getSelectionModel().select(e);
                list.scrollTo(e);
            }
        } else {
            retire.setText(messages.get("library.retire"));
        }
    }

    private void startEditing(Exercise e) {
        vm.titleError().set("");
        editor.edit(e);
        details.root().setVisible(false);
        nothingSelected.setVisible(false);
        editor.root().setVisible(true);
    }

    private void save() {
        edits.save(() -> { });
    }

    private void cancel() {
        vm.titleError().set("");
        showSelected();
        list.requestFocus();
    }

    /** A row: the title, and the method below it in grey. */
    private final class ExerciseCell extends ListCell<Exercise> {
        @Override
        protected void updateItem(Exercise item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(ExerciseLabels.title(item));
            Label method = new Label(messages.of(item.method()) + (item.retired()
                    ? "  ·  " + messages.get("library.retired") : ""));
            method.getStyleClass().addAll("text-muted", "text-small");
            setText(null);
            setGraphic(new VBox(1, title, method));
        }
    }
}
