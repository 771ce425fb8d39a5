package org.kabinet.ui.planner;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.followup.Plan;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.settings.SettingsSection;

/**
 * The call planner: overdue, today, this week and later, one row per call. She works through
 * them with the keyboard: Up and Down choose a call, Enter or L logs how it went, P postpones, Delete
 * or D dismisses (a planned call is cancelled), O opens the card. After each, the next call is chosen.
 */
public final class PlannerView implements Screen {

    /** Rows a group shows at first, and how many more each "Show more" adds. */
    static final int FIRST_ROWS = 30;
    static final int MORE_ROWS = 50;

    private final ScreenContext context;
    private final Messages messages;
    private final PlannerViewModel vm;
    private final VBox page = new VBox(6);
    private final Label heading = new Label();
    private final ScrollPane scroll;
    private final BorderPane root = new BorderPane();
    private final List<PlanRowView> rows = new ArrayList<>();
    private final Button logButton = new Button();
    private final Button postponeButton = new Button();
    private final Button dismissButton = new Button();
    private final Button openButton = new Button();
    private int selected = -1;
    /**
     * How many rows each group shows: a practice of thousands can have hundreds of suggestions, and
     * every row is a few nodes to lay out, so a group shows its first rows (she works from the top)
     * and "Show more" adds the next ones.
     */
    private final Map<String, Integer> shown = new HashMap<>();
    /** The postpone menu last shown (for tests). */
    private ContextMenu postponeMenu;

    /** {@code onDue} is told how many calls are due after each read, for the navigation's number. */
    public PlannerView(ScreenContext context, IntConsumer onDue) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new PlannerViewModel(context.practice(), context.executor(), context.onError(), onDue);
        page.setId("plannerList");
        page.getStyleClass().add("planner-page");
        page.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setId("plannerScreen");
        root.getStyleClass().add("planner");
        root.setTop(toolbar());
        root.setCenter(scroll);
    }

    private Node toolbar() {
        heading.setId("plannerHeading");
        heading.getStyleClass().addAll("title-3");
        action(logButton, "plannerLogButton", "planner.log", "planner.log.tip", Icon.LOG, this::logSelected);
        action(postponeButton, "plannerPostponeButton", "planner.postpone", "planner.postpone.tip", Icon.POSTPONE,
                () -> showPostponeMenu(postponeButton));
        action(dismissButton, "plannerDismissButton", "planner.dismiss", "planner.dismiss.tip", Icon.CANCEL,
                this::dismissSelected);
        action(openButton, "plannerOpenButton", "planner.open", "planner.open.tip", Icon.CLIENTS, this::openSelected);
        Button plan = new Button(messages.get("planner.planCall"), Icons.of(Icon.ADD));
        plan.setId("plannerPlanCallButton");
        plan.setOnAction(e -> PlanCallDialog.openForAnyone(context, this::changed));
        Button rules = new Button(messages.get("planner.rules"), Icons.of(Icon.SETTINGS));
        rules.setId("plannerRulesButton");
        rules.getStyleClass().add("flat");
        rules.setOnAction(e -> context.navigator().openSettings(SettingsSection.RULES));
        // The buttons wrap under one another on a narrow window rather than push it wider.
        FlowPane buttons = new FlowPane(6, 6, logButton, postponeButton, dismissButton, openButton, plan, rules);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(8, heading, buttons);
        bar.getStyleClass().add("planner-toolbar");
        return bar;
    }

    private void action(Button button, String id, String key, String tip, Icon icon, Runnable run) {
        button.setId(id);
        button.setText(messages.get(key));
        button.setGraphic(Icons.of(icon));
        Tooltips.set(button, messages.get(tip));
        button.setOnAction(e -> run.run());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown(Runnable filled) {
        vm.load(() -> {
            render(Math.max(selected, 0));
            filled.run();
        });
    }

    @Override
    public void shown() {
        shown(() -> { });
    }

    /** Reads the plan again, keeping the place in the list. */
    public void reload() {
        vm.load(() -> render(Math.max(selected, 0)));
    }

    /** Something changed elsewhere (a call planned, a contact logged): read again. */
    private void changed() {
        reload();
    }

    private void render(int select) {
        Plan plan = vm.plan().get();
        rows.clear();
        page.getChildren().clear();
        heading.setText(messages.get("planner.heading", plan.due()));
        if (plan.isEmpty()) {
            page.getChildren().add(emptyState());
            selected = -1;
            updateButtons();
            return;
        }
        group("plannerOverdue", "planner.group.overdue", plan.overdue(), false);
        group("plannerToday", "planner.group.today", plan.today(), true);
        group("plannerThisWeek", "planner.group.thisWeek", plan.thisWeek(), false);
        group("plannerLater", "planner.group.later", plan.later(), false);
        select(rows.isEmpty() ? -1 : Math.min(select, rows.size() - 1), true);
    }

    private void group(String id, String key, List<PlanRow> items, boolean showEmpty) {
        if (items.isEmpty() && !showEmpty) {
            return;
        }
        Label header = new Label(messages.get(key) + "  " + items.size());
        header.setId(id + "Header");
        header.getStyleClass().addAll("planner-group", id.equals("plannerOverdue") && !items.isEmpty()
                ? "planner-group-overdue" : "planner-group-plain");
        VBox list = new VBox(6);
        list.setId(id);
        if (items.isEmpty()) {
            Label none = new Label(messages.get("planner.none.today"));
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        int limit = shown.getOrDefault(id, FIRST_ROWS);
        for (PlanRow item : items.subList(0, Math.min(limit, items.size()))) {
            PlanRowView view = new PlanRowView(item, messages, context.dates());
            int index = rows.size();
            view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                select(index, true);
                if (e.getClickCount() == 2) {
                    logSelected();
                }
            });
            view.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    select(index, false);
                }
            });
            rows.add(view);
            list.getChildren().add(view);
        }
        if (items.size() > limit) {
            int firstHidden = rows.size();
            Button more = new Button(messages.get("planner.showMore", Math.min(MORE_ROWS, items.size() - limit),
                    items.size() - limit));
            more.setId(id + "More");
            more.getStyleClass().add(Styles.FLAT);
            more.setOnAction(e -> {
                shown.put(id, limit + MORE_ROWS);
                render(firstHidden);
            });
            list.getChildren().add(more);
        }
        page.getChildren().addAll(header, list);
    }

    private Node emptyState() {
        Label title = new Label(messages.get("planner.empty.title"));
        title.getStyleClass().add("agenda-empty-title");
        Label hint = new Label(messages.get("planner.empty.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button rules = new Button(messages.get("planner.rules"), Icons.of(Icon.SETTINGS));
        rules.setId("plannerEmptyRulesButton");
        rules.setOnAction(e -> context.navigator().openSettings(SettingsSection.RULES));
        VBox box = new VBox(8, title, hint, rules);
        box.setId("plannerEmpty");
        box.getStyleClass().add("agenda-empty");
        return box;
    }

    private void select(int index, boolean focus) {
        if (selected >= 0 && selected < rows.size()) {
            rows.get(selected).getStyleClass().remove("plan-row-selected");
        }
        selected = index;
        if (index >= 0 && index < rows.size()) {
            PlanRowView row = rows.get(index);
            row.getStyleClass().add("plan-row-selected");
            if (focus && !row.isFocused()) {
                row.requestFocus();
            }
            scrollTo(row);
        }
        updateButtons();
    }

    private void updateButtons() {
        boolean none = selectedRow() == null;
        for (Button b : List.of(logButton, postponeButton, dismissButton, openButton)) {
            b.setDisable(none);
        }
    }

    private PlanRow selectedRow() {
        return selected >= 0 && selected < rows.size() ? rows.get(selected).row() : null;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        KeyCode code = e.getCode();
        switch (code) {
            case UP, DOWN -> {
                int next = selected + (code == KeyCode.UP ? -1 : 1);
                if (next >= 0 && next < rows.size()) {
                    select(next, true);
                }
            }
            case ENTER, L -> logSelected();
            case P -> showPostponeMenu(selected >= 0 && selected < rows.size() ? rows.get(selected) : postponeButton);
            case DELETE, D, BACK_SPACE -> dismissSelected();
            case O -> openSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void logSelected() {
        PlanRow row = selectedRow();
        if (row != null) {
            LogContactDialog.open(context, CallTarget.of(row, messages, context.dates()), this::changed);
        }
    }

    private void dismissSelected() {
        PlanRow row = selectedRow();
        if (row != null) {
            vm.dismiss(row, () -> render(selected));
        }
    }

    private void openSelected() {
        PlanRow row = selectedRow();
        if (row != null) {
            context.navigator().openClient(row.client().id());
        }
    }

    private void showPostponeMenu(Node anchor) {
        PlanRow row = selectedRow();
        if (row == null) {
            return;
        }
        MenuItem tomorrow = new MenuItem(messages.get("planner.postpone.tomorrow",
                context.dates().format(vm.tomorrow())));
        tomorrow.setId("postponeTomorrow");
        tomorrow.setOnAction(e -> postpone(row, vm.tomorrow()));
        MenuItem nextWeek = new MenuItem(messages.get("planner.postpone.nextWeek",
                context.dates().format(vm.nextWeek())));
        nextWeek.setId("postponeNextWeek");
        nextWeek.setOnAction(e -> postpone(row, vm.nextWeek()));
        MenuItem pick = new MenuItem(messages.get("planner.postpone.pick"));
        pick.setId("postponePick");
        pick.setOnAction(e -> PickDateDialog.ask(context, vm.nextWeek()).ifPresent(day -> postpone(row, day)));
        postponeMenu = new ContextMenu(tomorrow, nextWeek, pick);
        postponeMenu.setId("postponeMenu");
        postponeMenu.show(anchor, Side.BOTTOM, anchor == postponeButton ? 0 : 24, 0);
    }

    private void postpone(PlanRow row, LocalDate to) {
        vm.postpone(row, to, () -> render(selected));
    }

    private void scrollTo(Node row) {
        double contentHeight = page.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport || row.getScene() == null) {
            return;
        }
        double y = row.localToScene(0, 0).getY() - page.localToScene(0, 0).getY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
    }

    /** The view model, for tests. */
    PlannerViewModel viewModel() {
        return vm;
    }

    /** The postpone menu last shown, for tests. */
    ContextMenu postponeMenu() {
        return postponeMenu;
    }
}
