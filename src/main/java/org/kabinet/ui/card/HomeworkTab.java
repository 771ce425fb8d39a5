package org.kabinet.ui.card;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.homework.AssignHomeworkDialog;
import org.kabinet.ui.library.ExerciseLabels;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.print.SheetActions;

/**
 * The card's homework tab: everything given to the client, newest first, with where each stands;
 * give new homework, change the status, note how it was discussed, or delete one.
 */
final class HomeworkTab {

    /** Newest given first; among those given the same day, the last saved first. */
    static final Comparator<Homework> ORDER = Comparator.comparing(Homework::assignedOn,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Homework::id, Comparator.reverseOrder());

    private final ScreenContext context;
    private final Messages messages;
    private final TableView<Homework> table = new TableView<>();
    private final ComboBox<HomeworkStatus> status = new ComboBox<>();
    private final BorderPane root = new BorderPane();
    private Map<Long, Exercise> exercises = Map.of();
    private long clientId;
    /** The homework to select once it has been read (a search result leads here), or null. */
    private Long wanted;
    /** Set while the combo follows the selection, so that is not taken for her choice. */
    private boolean following;

    HomeworkTab(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        table.setId("homeworkTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(messages.get("card.homework.empty"));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        column("homeworkGivenColumn", "card.homework.column.given", 95, Homework::assignedOn, context.dates()::format);
        column("homeworkTitleColumn", "card.homework.column.title", 200, this::title, Function.identity());
        column("homeworkDueColumn", "card.homework.column.due", 95, Homework::due, context.dates()::format);
        column("homeworkStatusColumn", "card.homework.column.status", 130, Homework::status, messages::of);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        root.setTop(toolbar());
        root.setCenter(table);
        root.getStyleClass().add("card-tab");
    }

    Node root() {
        return root;
    }

    /** Reads the homework of {@code id} in the background. */
    void load(long id) {
        clientId = id;
        if (id == 0) {
            table.getItems().clear();
            return;
        }
        var practice = context.practice();
        context.executor().run(() -> new Read(id, practice.homework().forClient(id),
                practice.exercises().library(messages.locale())), read -> {
                    if (read.clientId() == clientId) {
                        exercises = read.library().stream().collect(Collectors.toMap(Exercise::id, e -> e));
                        Long keep = selectedId();
                        table.getItems().setAll(read.homework().stream().sorted(ORDER).toList());
                        if (!selectWanted()) {
                            table.getItems().stream().filter(h -> keep != null && h.id() == keep).findFirst()
                                    .ifPresent(h -> table.getSelectionModel().select(h));
                        }
                    }
                }, context.onError());
    }

    /**
     * Selects the homework with this id, now if it is in the table, else once it has been read (the
     * card may still be opening the client it belongs to).
     */
    void select(long homeworkId) {
        wanted = homeworkId;
        selectWanted();
    }

    private boolean selectWanted() {
        if (wanted == null) {
            return false;
        }
        for (Homework h : table.getItems()) {
            if (h.id() == wanted) {
                wanted = null;
                table.getSelectionModel().select(h);
                table.scrollTo(h);
                return true;
            }
        }
        return false;
    }

    private record Read(long clientId, List<Homework> homework, List<Exercise> library) {
    }

    private Long selectedId() {
        Homework h = table.getSelectionModel().getSelectedItem();
        return h == null ? null : h.id();
    }

    private String title(Homework h) {
        Exercise e = h.exerciseId() == null ? null : exercises.get(h.exerciseId());
        return e != null ? ExerciseLabels.title(e) : h.title();
    }

    private Node toolbar() {
        Button give = new Button(messages.get("card.homework.give"), Icons.of(Icon.ADD));
        give.setId("giveHomeworkButton");
        give.getStyleClass().add("accent");
        give.setMinWidth(Region.USE_PREF_SIZE);
        give.setOnAction(e -> {
            if (clientId != 0) {
                AssignHomeworkDialog.open(context, clientId, null, null, () -> load(clientId));
            }
        });
        status.setId("homeworkStatusCombo");
        Choices.ofEnum(status, messages, false, HomeworkStatus.ASSIGNED, HomeworkStatus.DONE,
                HomeworkStatus.PARTLY_DONE, HomeworkStatus.NOT_DONE);
        status.setPromptText(messages.get("card.homework.status"));
        status.valueProperty().addListener((o, old, now) -> {
            Homework h = table.getSelectionModel().getSelectedItem();
            if (!following && now != null && h != null && h.status() != now) {
                change(() -> context.practice().homework().setStatus(h.id(), now));
            }
        });
        Button discussed = new Button(messages.get("card.homework.discussed"), Icons.of(Icon.ASK));
        discussed.setId("homeworkDiscussedButton");
        discussed.setMinWidth(Region.USE_PREF_SIZE);
        discussed.setOnAction(e -> discuss());
        Button delete = new Button(messages.get("card.homework.delete"), Icons.of(Icon.DELETE));
        delete.setId("deleteHomeworkButton");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setOnAction(e -> delete());
        var selected = table.getSelectionModel().selectedItemProperty();
        status.disableProperty().bind(selected.isNull());
        discussed.disableProperty().bind(selected.isNull());
        delete.disableProperty().bind(selected.isNull());
        selected.addListener((o, old, h) -> {
            following = true;
            status.setValue(h == null || h.status() == HomeworkStatus.DISCUSSED ? null : h.status());
            following = false;
        });
        // The sheet of what is still to talk over, or of the homework chosen in the table.
        var sheet = new SheetActions(context).button("printHomeworkSheetButton", "card.homework.printSheet",
                () -> {
                    Homework chosen = table.getSelectionModel().getSelectedItem();
                    List<Long> ids = chosen != null ? List.of(chosen.id())
                            : table.getItems().stream().filter(h -> h.status().toReview()).map(Homework::id).toList();
                    return out -> {
                        if (ids.isEmpty()) {
                            return 0;
                        }
                        context.practice().sheets().homework(ids, messages.locale(), out);
                        return 1;
                    };
                }, () -> messages.get("card.homework.sheetFile"), "card.homework.noSheet");
        sheet.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(8, 8, give, status, discussed, delete, sheet);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        return bar;
    }

    private void discuss() {
        Homework h = table.getSelectionModel().getSelectedItem();
        if (h != null) {
            DiscussDialog.ask(context, title(h), h).ifPresent(answer ->
                    change(() -> context.practice().homework().discuss(h.id(), answer.feedback(), answer.comment())));
        }
    }

    private void delete() {
        Homework h = table.getSelectionModel().getSelectedItem();
        if (h != null && context.dialogs().confirm(messages.get("card.homework.delete.title"),
                messages.get("card.homework.delete.text", title(h)), "card.homework.delete")) {
            change(() -> {
                context.practice().homework().delete(h.id());
                return null;
            });
        }
    }

    private <T> void change(java.util.concurrent.Callable<T> work) {
        long id = clientId;
        context.executor().run(work, done -> load(id), context.onError());
    }

    private <T> void column(String id, String key, double width, Function<Homework, T> value, Function<T, String> text) {
        TableColumn<Homework, T> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        // Dates and statuses keep their whole width; the title gives way and says itself in a tooltip.
        column.setMinWidth(id.equals("homeworkTitleColumn") ? 120 : width);
        column.setSortable(false);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                if (id.equals("homeworkTitleColumn")) {
                    setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(getText()));
                }
            }
        });
        table.getColumns().add(column);
    }
}
