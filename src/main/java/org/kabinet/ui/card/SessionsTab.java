package org.kabinet.ui.card;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.session.CloseSessionPanel;
import org.kabinet.ui.session.SessionDialog;

/**
 * The card's sessions tab: every session of the client in one table, the planned ones on top
 * (the nearest first), then the past ones, newest first; and the buttons to plan, edit, close
 * and delete one.
 */
final class SessionsTab {

    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");
    private static final PseudoClass PLANNED = PseudoClass.getPseudoClass("planned");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Planned sessions first, soonest on top; then the rest, newest on top. */
    static final Comparator<Session> ORDER = (a, b) -> {
        boolean plannedA = a.status() == SessionStatus.PLANNED;
        boolean plannedB = b.status() == SessionStatus.PLANNED;
        if (plannedA != plannedB) {
            return plannedA ? -1 : 1;
        }
        return plannedA ? a.start().compareTo(b.start()) : b.start().compareTo(a.start());
    };

    private final ScreenContext context;
    private final Messages messages;
    private final CardActivityViewModel vm;
    private final TableView<Session> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final DateTimeFormatter weekday;

    SessionsTab(ScreenContext context, CardActivityViewModel vm) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
        this.weekday = DateTimeFormatter.ofPattern("EE", messages.locale());
        table.setId("sessionsTable");
        table.getStyleClass().add("sessions-table");
        // Columns keep the width their text needs; a narrow card scrolls sideways rather than cut dates.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(messages.get("card.sessions.empty"));
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        addColumns();
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete();
                e.consume();
            }
        });
        vm.activity().addListener((obs, old, now) -> show(now));
        show(vm.activity().get());
        root.setTop(toolbar());
        root.setCenter(table);
        root.getStyleClass().add("card-tab");
    }

    Node root() {
        return root;
    }

    private void show(CardActivity activity) {
        List<Session> rows = new ArrayList<>(activity.sessions());
        rows.sort(ORDER);
        table.getItems().setAll(rows);
    }

    private Node toolbar() {
        Button plan = button("planSessionButton", "card.sessions.plan", Icon.SESSION, e -> plan());
        plan.getStyleClass().add("accent");
        Button edit = button("editSessionButton", "card.sessions.edit", Icon.EDIT, e -> edit());
        Button close = button("closeSessionButton", "card.sessions.close", Icon.SAVE, e -> closeSession());
        Button delete = button("deleteSessionButton", "card.sessions.delete", Icon.DELETE, e -> delete());
        var selected = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        delete.disableProperty().bind(selected.isNull());
        close.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().status() != SessionStatus.PLANNED, selected));
        // A narrow card wraps the buttons onto a second line rather than cutting them off.
        FlowPane bar = new FlowPane(8, 8, plan, edit, close, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        return bar;
    }

    private Button button(String id, String key, Icon icon, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(messages.get(key), Icons.of(icon));
        button.setId(id);
        button.setOnAction(action);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void plan() {
        long clientId = vm.clientId();
        if (clientId == 0) {
            return;
        }
        SessionKind kind = vm.activity().get().sessions().isEmpty() ? SessionKind.FIRST : SessionKind.SINGLE;
        vm.suggestStart(start -> SessionDialog.edit(context, Session.planned(clientId, start, kind), s -> vm.changed()));
    }

    private void edit() {
        Session s = table.getSelectionModel().getSelectedItem();
        if (s != null) {
            SessionDialog.edit(context, s, saved -> vm.changed());
        }
    }

    private void closeSession() {
        Session s = table.getSelectionModel().getSelectedItem();
        if (s != null && s.status() == SessionStatus.PLANNED) {
            CloseSessionPanel.open(context, s.id(), vm::changed);
        }
    }

    private void delete() {
        Session s = table.getSelectionModel().getSelectedItem();
        if (s != null && context.dialogs().confirm(messages.get("card.sessions.delete.title"),
                messages.get("card.sessions.delete.text", when(s.start())), "card.sessions.delete")) {
            vm.deleteSession(s.id());
        }
    }

    String when(LocalDateTime start) {
        return weekday.format(start) + " " + context.dates().format(start.toLocalDate()) + "  " + TIME.format(start);
    }

    private TableRow<Session> row() {
        TableRow<Session> row = new TableRow<>() {
            @Override
            protected void updateItem(Session item, boolean empty) {
                super.updateItem(item, empty);
                boolean held = !empty && item != null;
                pseudoClassStateChanged(MUTED, held && !item.status().occupiesTime());
                pseudoClassStateChanged(PLANNED, held && item.status() == SessionStatus.PLANNED);
            }
        };
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                edit();
            }
        });
        return row;
    }

    private void addColumns() {
        column("sessionWhenColumn", "card.sessions.column.when", 175, Session::start, this::when);
        column("sessionLengthColumn", "card.sessions.column.length", 75, Session::minutes,
                m -> messages.get("card.sessions.minutes", m));
        column("sessionKindColumn", "card.sessions.column.kind", 150, Session::kind, messages::of);
        column("sessionLessonColumn", "card.sessions.column.lesson", 180, s -> lesson(s.lessonId()), Function.identity());
        column("sessionStatusColumn", "card.sessions.column.status", 150, s -> s,
                s -> messages.of(s.status()) + (s.lateCancellation() && s.status() == SessionStatus.CANCELLED_BY_CLIENT
                        ? " · " + messages.get("card.sessions.late") : ""));
        TableColumn<Session, Long> fee = column("sessionFeeColumn", "card.sessions.column.fee", 75, Session::fee,
                messages::number);
        fee.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<Session, Boolean> paid = new TableColumn<>(messages.get("card.sessions.column.paid"));
        paid.setId("sessionPaidColumn");
        paid.setPrefWidth(85);
        paid.setMinWidth(70);
        paid.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().paid()));
        paid.setCellFactory(c -> new TableCell<>() {
            private final Node check = Icons.of(Icon.SAVE);

            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(!empty && Boolean.TRUE.equals(item) ? check : null);
            }
        });
        paid.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(paid);
    }

    private String lesson(Long lessonId) {
        Lesson lesson = lessonId == null ? null : vm.activity().get().lessons().get(lessonId);
        return lesson == null ? null : ProgramLabels.lesson(lesson, messages);
    }

    private <T> TableColumn<Session, T> column(String id, String key, double width, Function<Session, T> value,
            Function<T, String> text) {
        TableColumn<Session, T> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(width * 0.6);
        column.setSortable(false);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        table.getColumns().add(column);
        return column;
    }
}
