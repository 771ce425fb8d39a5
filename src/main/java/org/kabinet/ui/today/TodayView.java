package org.kabinet.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.AgendaItem;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.print.SheetActions;
import org.kabinet.ui.settings.SettingsSection;
import org.kabinet.ui.session.CloseSessionPanel;

/**
 * The screen she sees first: today's and tomorrow's sessions in time order, each with what she
 * needs before it. A click or Enter on a session opens the client; Ctrl+Enter or the button closes
 * it. Up and Down move between sessions.
 */
public final class TodayView implements Screen, AgendaRow.Actions {

    private final ScreenContext context;
    private final Messages messages;
    private final TodayViewModel vm;
    private final AgendaTexts texts;
    private final Label todayHeading = new Label();
    private final Label tomorrowHeading = new Label();
    private final VBox todayList = new VBox(8);
    private final VBox tomorrowList = new VBox(8);
    private final ScrollPane root;

    public TodayView(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new TodayViewModel(context.practice(), messages.locale(), context.executor(), context.onError());
        this.texts = new AgendaTexts(messages);
        todayHeading.setId("todayHeading");
        tomorrowHeading.setId("tomorrowHeading");
        todayHeading.getStyleClass().addAll("title-3", "agenda-heading");
        tomorrowHeading.getStyleClass().addAll("title-4", "agenda-heading");
        todayList.setId("todayList");
        tomorrowList.setId("tomorrowList");
        VBox page = new VBox(10, todayLine(), todayList, tomorrowHeading, tomorrowList);
        page.getStyleClass().add("today-page");
        VBox.setMargin(tomorrowHeading, new Insets(18, 0, 0, 0));
        root = new ScrollPane(page);
        root.setId("todayScreen");
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        root.getStylesheets().add(TodayView.class.getResource("today.css").toExternalForm());
        page.addEventFilter(KeyEvent.KEY_PRESSED, this::moveBetweenRows);

    }

    /** Today's heading, with the day's printing at its right: all homework given today, and the sheets' settings. */
    private Node todayLine() {
        var locale = messages.locale();
        SplitMenuButton printAll = new SheetActions(context).button("printDayHomeworkButton", "today.printHomework",
                () -> {
                    LocalDate day = day();
                    return out -> context.practice().sheets().homeworkOfDay(day, locale, out);
                },
                () -> messages.get("today.printHomework.file", day().toString()), "today.printHomework.none");
        printAll.setMinWidth(Region.USE_PREF_SIZE);
        Button settings = new Button(messages.get("print.sheetSettings"));
        settings.setId("sheetSettingsButton");
        settings.getStyleClass().add("flat");
        settings.setMinWidth(Region.USE_PREF_SIZE);
        settings.setOnAction(e -> context.navigator().openSettings(SettingsSection.SHEETS));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(6, todayHeading, gap, printAll, settings);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    /** Today as the last load saw it (the practice's clock), or as the clock says before the first load. */
    private LocalDate day() {
        return vm.today().get() != null ? vm.today().get() : context.practice().agenda().today();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        shown(() -> { });
    }

    @Override
    public void shown(Runnable filled) {
        vm.load(() -> {
            render();
            focusFirstRow();
            filled.run();
        }, this::showHomework);
    }

    @Override
    public void openClient(AgendaItem item) {
        context.navigator().openClient(item.client().id());
    }

    @Override
    public void clearAsked(AgendaItem item) {
        vm.clearAsked(item.client().id(), () -> vm.load(this::render, this::showHomework));
    }

    @Override
    public void closeSession(AgendaItem item) {
        CloseSessionPanel.open(context, item.session().id(), () -> vm.load(this::render, this::showHomework));
    }

    /** Puts the homework to review, read after the rows, into each client's row. */
    private void showHomework() {
        for (VBox list : List.of(todayList, tomorrowList)) {
            for (Node node : list.getChildren()) {
                if (node instanceof AgendaRow row) {
                    row.showHomework(vm.homeworkOf(row.clientId()));
                }
            }
        }
    }

    private void render() {
        todayHeading.setText(texts.heading(vm.today().get(), vm.today().get()));
        tomorrowHeading.setText(texts.heading(vm.today().get().plusDays(1), vm.today().get()));
        fill(todayList, vm.todays(), true);
        fill(tomorrowList, vm.tomorrows(), false);
    }

    private void fill(VBox list, List<AgendaItem> items, boolean isToday) {
        if (items.isEmpty()) {
            list.getChildren().setAll(emptyState(isToday));
            return;
        }
        List<Node> rows = new ArrayList<>();
        for (AgendaItem item : items) {
            rows.add(new AgendaRow(item, vm.homeworkOf(item.client().id()), texts, messages, this));
        }
        list.getChildren().setAll(rows);
    }

    private Node emptyState(boolean isToday) {
        Label title = new Label(messages.get(isToday ? "today.empty.today" : "today.empty.tomorrow"));
        title.getStyleClass().add("agenda-empty-title");
        VBox box = new VBox(6, title);
        box.setId(isToday ? "todayEmpty" : "tomorrowEmpty");
        box.getStyleClass().add("agenda-empty");
        if (isToday) {
            Label hint = new Label(messages.get("today.empty.hint"));
            hint.getStyleClass().add("text-muted");
            hint.setWrapText(true);
            Button calendar = new Button(messages.get("today.openCalendar"), Icons.of(Icon.CALENDAR));
            calendar.setId("openCalendarButton");
            calendar.setOnAction(e -> context.navigator().show(Area.CALENDAR));
            Button clients = new Button(messages.get("today.openClients"), Icons.of(Icon.CLIENTS));
            clients.setId("openClientsButton");
            clients.setOnAction(e -> context.navigator().show(Area.CLIENTS));
            HBox buttons = new HBox(8, calendar, clients);
            box.getChildren().addAll(hint, buttons);
        }
        return box;
    }

    private List<AgendaRow> rows() {
        List<AgendaRow> rows = new ArrayList<>();
        for (VBox list : List.of(todayList, tomorrowList)) {
            for (Node n : list.getChildren()) {
                if (n instanceof AgendaRow row) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void moveBetweenRows(KeyEvent e) {
        if (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
            return;
        }
        List<AgendaRow> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            AgendaRow row = rows.get(i);
            Node focused = row.getScene() == null ? null : row.getScene().getFocusOwner();
            if (focused != null && isWithin(focused, row)) {
                int next = e.getCode() == KeyCode.UP ? i - 1 : i + 1;
                if (next >= 0 && next < rows.size()) {
                    rows.get(next).requestFocus();
                    scrollTo(rows.get(next));
                }
                e.consume();
                return;
            }
        }
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void scrollTo(Node row) {
        double contentHeight = root.getContent().getBoundsInLocal().getHeight();
        double viewport = root.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double y = row.localToScene(0, 0).getY() - root.getContent().localToScene(0, 0).getY();
        root.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
    }

    private void focusFirstRow() {
        List<AgendaRow> rows = rows();
        if (!rows.isEmpty() && root.getScene() != null) {
            Node owner = root.getScene().getFocusOwner();
            if (owner == null || !isWithin(owner, root)) {
                rows.get(0).requestFocus();
            }
        }
    }
}
