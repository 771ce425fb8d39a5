package org.kabinet.ui.programs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert.AlertType;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.print.SheetActions;

/**
 * The programs screen: choose a program (the Base first), see its lessons in order, and edit
 * them: title and description in the side form, add, move (Alt+Up, Alt+Down), retire or bring
 * back, delete. The view only binds and asks; the work is the view model's.
 */
public final class ProgramsView implements Screen {

    private final ScreenContext context;
    private final Messages messages;
    private final ProgramsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Program> programChoice = new ComboBox<>();
    private final TableView<Lesson> table = new TableView<>();
    private final LessonForm form;
    private final LessonDefaults defaults;
    private final Button retireProgram = new Button();
    private final Button retireLesson = new Button();

    public ProgramsView(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new ProgramsViewModel(context.practice().programs(), context.executor(), messages,
                this::showRefusal, context.onError());
        this.form = new LessonForm(messages, vm::save);
        this.defaults = new LessonDefaults(context);
        root.setId("programsView");
        root.getStylesheets().add(ProgramsView.class.getResource("programs.css").toExternalForm());
        root.setTop(programBar());
        LessonTable.configure(table, messages);
        table.setItems(vm.lessons());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::moveByKeyboard);
        VBox lessons = new VBox(8, lessonBar(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        lessons.setPadding(new Insets(0, 0, 12, 12));
        VBox side = new VBox(form.root(), defaults.root());
        VBox.setVgrow(form.root(), Priority.ALWAYS);
        SplitPane split = new SplitPane(lessons, side);
        split.setDividerPositions(0.68);
        root.setCenter(split);
        bind();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
    }

    @Override
    public boolean unsaved() {
        return form.dirty();
    }

    @Override
    public void whenSettled(Runnable proceed) {
        form.whenSettled(context.dialogs(), messages.get("unsaved.lesson.text"), proceed);
    }

    /** Selects a lesson, switching to its program (where a search result leads). */
    public void selectLesson(long lessonId) {
        vm.selectLesson(lessonId);
        table.requestFocus();
    }

    private Node programBar() {
        Label title = new Label(messages.get("programs.title"));
        title.getStyleClass().add("title-3");
        programChoice.setId("programChoice");
        programChoice.setItems(vm.programs());
        programChoice.setPromptText(messages.get("programs.noPrograms"));
        Choices.labelled(programChoice, p -> p == null ? "" : p.retired()
                ? messages.get("programs.retiredName", ProgramLabels.program(p, messages))
                : ProgramLabels.program(p, messages));
        Tooltips.set(programChoice, messages.get("programs.program"));
        Button add = button("newProgramButton", "programs.newProgram", Icon.PROGRAMS);
        add.setOnAction(e -> context.dialogs().askText(messages.get("programs.newProgram.title"),
                messages.get("programs.newProgram.text"), "", "programs.newProgram.confirm", "programNameField")
                .ifPresent(vm::addProgram));
        Button rename = button("renameProgramButton", "programs.rename", Icon.EDIT);
        rename.setOnAction(e -> context.dialogs().askText(messages.get("programs.rename.title"),
                messages.get("programs.rename.text"), ProgramLabels.program(vm.program().get(), messages),
                "programs.rename.confirm", "programNameField").ifPresent(vm::renameProgram));
        retireProgram.setId("retireProgramButton");
        retireProgram.getStyleClass().add("flat");
        retireProgram.setOnAction(e -> vm.toggleProgramRetired());
        BooleanBinding none = vm.program().isNull();
        rename.disableProperty().bind(none);
        retireProgram.disableProperty().bind(none);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The one-page sheet she hands every new client about the program.
        var infoSheet = new SheetActions(context).button("programSheetButton", "programs.printSheet", () -> {
            long programId = vm.program().get().id();
            return out -> {
                context.practice().sheets().program(programId, messages.locale(), out);
                return 1;
            };
        }, () -> messages.get("programs.sheetFile", ProgramLabels.program(vm.program().get(), messages)),
                "programs.noSheet");
        infoSheet.disableProperty().bind(none);
        HBox bar = new HBox(8, title, gap, programChoice, add, rename, retireProgram, infoSheet);
        // Words stay whole; when the window is narrow, the program list gives up its width first.
        for (Node n : bar.getChildren()) {
            if (n instanceof Region r && n != gap) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        programChoice.setMinWidth(110);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12));
        return bar;
    }

    private Node lessonBar() {
        Button add = button("addLessonButton", "programs.addLesson", Icon.ADD);
        add.getStyleClass().remove("flat");
        add.setOnAction(e -> context.dialogs().askText(messages.get("programs.newLesson.title"),
                messages.get("programs.newLesson.text"), "", "programs.newLesson.confirm", "newLessonField")
                .ifPresent(vm::addLesson));
        add.disableProperty().bind(vm.program().isNull());
        Button up = iconButton("moveUpButton", "programs.moveUp", Icon.UP);
        up.setOnAction(e -> move(-1));
        Button down = iconButton("moveDownButton", "programs.moveDown", Icon.DOWN);
        down.setOnAction(e -> move(1));
        retireLesson.setId("retireLessonButton");
        retireLesson.getStyleClass().add("flat");
        retireLesson.setOnAction(e -> selected().ifPresent(vm::toggleRetired));
        Button delete = button("deleteLessonButton", "programs.deleteLesson", Icon.DELETE);
        delete.setOnAction(e -> selected().ifPresent(this::confirmDelete));
        BooleanBinding none = vm.selected().isNull();
        up.disableProperty().bind(none.or(table.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        down.disableProperty().bind(none.or(table.getSelectionModel().selectedIndexProperty()
                .isEqualTo(Bindings.size(vm.lessons()).subtract(1))));
        retireLesson.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        HBox bar = new HBox(6, add, up, down, retireLesson, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void bind() {
        vm.program().addListener((o, old, p) -> {
            if (p != null && !p.equals(programChoice.getValue())) {
                programChoice.setValue(p);
            }
            retireProgram.setText(messages.get(p != null && p.retired()
                    ? "programs.bringBackProgram" : "programs.retireProgram"));
            vm.selected().set(null);
            vm.loadLessons();
        });
        retireProgram.setText(messages.get("programs.retireProgram"));
        programChoice.valueProperty().addListener((o, old, p) -> {
            if (p != null && !p.equals(vm.program().get())) {
                vm.program().set(p);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, l) -> {
            if (l != null || !vm.lessons().isEmpty()) {
                vm.selected().set(l);
            }
        });
        vm.selected().addListener((o, old, l) -> {
            if (l != table.getSelectionModel().getSelectedItem()) {
                if (l == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(l);
                    table.scrollTo(l);
                }
            }
            form.show(l);
            defaults.show(l);
            retireLesson.setText(messages.get(l != null && l.retired()
                    ? "programs.bringBackLesson" : "programs.retireLesson"));
        });
        retireLesson.setText(messages.get("programs.retireLesson"));
    }

    private void moveByKeyboard(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        }
    }

    private void move(int delta) {
        selected().ifPresent(l -> vm.move(l, delta));
        table.requestFocus();
    }

    private java.util.Optional<Lesson> selected() {
        return java.util.Optional.ofNullable(vm.selected().get());
    }

    private void confirmDelete(Lesson lesson) {
        String name = ProgramLabels.lesson(lesson, messages);
        if (context.dialogs().confirm(messages.get("programs.deleteLesson.title"),
                messages.get("programs.deleteLesson.text", name), "programs.deleteLesson.confirm")) {
            vm.delete(lesson);
        }
    }

    private void showRefusal(String text) {
        var alert = context.dialogs().alert(AlertType.INFORMATION, messages.get("programs.refused"), text,
                context.dialogs().button("button.ok", ButtonData.OK_DONE));
        alert.getDialogPane().setId("refusalDialog");
        alert.showAndWait();
    }

    private Button button(String id, String key, Icon icon) {
        Button b = new Button(messages.get(key), Icons.of(icon));
        b.setId(id);
        b.getStyleClass().add("flat");
        return b;
    }

    private Button iconButton(String id, String key, Icon icon) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.getStyleClass().addAll("flat", "button-icon");
        Tooltips.set(b, messages.get(key));
        return b;
    }
}
