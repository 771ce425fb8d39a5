package org.kabinet.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.Screen;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.session.CloseSessionPanel;
import org.kabinet.ui.session.SessionDialog;

/**
 * The week calendar: Monday to Sunday over her working hours, sessions where they fall, free
 * slots to book with a click, overlaps marked. Page Up / Page Down (or Alt+Left / Alt+Right) move
 * by a week, T comes back to this week.
 */
public final class WeekCalendarView implements Screen, SessionBlock.Actions {

    private final ScreenContext context;
    private final Messages messages;
    private final WeekCalendarViewModel vm;
    private final WeekGrid grid;
    private final BorderPane root = new BorderPane();
    private final Label weekLabel = new Label();
    private final Label summaryLabel = new Label();
    private final Label hintLabel = new Label();
    private final ScrollPane scroll = new ScrollPane();
    private final DateTimeFormatter dayMonthYear;
    private final CalendarExportAction export;

    public WeekCalendarView(ScreenContext context) {
        this.context = context;
        this.messages = context.messages();
        this.vm = new WeekCalendarViewModel(context.practice(), context.executor(), context.onError());
        this.grid = new WeekGrid(messages, this, this::book);
        this.dayMonthYear = DateTimeFormatter.ofPattern("d MMMM uuuu", WeekGrid.dateLocale(messages));
        this.export = new CalendarExportAction(context, vm);
        root.setId("weekCalendar");
        root.getStyleClass().add("calendar");
        root.getStylesheets().add(WeekCalendarView.class.getResource("calendar.css").toExternalForm());
        root.setTop(top());
        scroll.setId("weekScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.setCenter(scroll);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        vm.monday().addListener((obs, old, monday) -> showWeekLabel(monday));
        vm.week().addListener((obs, old, week) -> show(week));
        showWeekLabel(vm.monday().get());
    }

    private VBox top() {
        Button previous = button("previousWeekButton", "calendar.previousWeek", "calendar.previousWeek.keys");
        previous.setGraphic(Icons.of(Icon.PREVIOUS));
        previous.setOnAction(e -> vm.previousWeek());
        Button thisWeek = button("thisWeekButton", "calendar.thisWeek", "calendar.thisWeek.keys");
        thisWeek.setOnAction(e -> vm.thisWeek());
        Button next = button("nextWeekButton", "calendar.nextWeek", "calendar.nextWeek.keys");
        next.setGraphic(Icons.of(Icon.NEXT));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> vm.nextWeek());
        weekLabel.setId("weekLabel");
        weekLabel.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        summaryLabel.setId("summaryLabel");
        summaryLabel.getStyleClass().add("text-muted");
        Region gap = new Region();
        gap.setMinWidth(12);
        Button exportButton = export.button();
        // Russian labels run longer: the week and the buttons keep their whole text, the spacer gives way.
        for (Region whole : new Region[] {weekLabel, previous, thisWeek, next, exportButton}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, weekLabel, spacer, previous, thisWeek, next, gap, exportButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        hintLabel.setId("emptyWeekHint");
        hintLabel.getStyleClass().add("calendar-hint");
        hintLabel.managedProperty().bind(hintLabel.visibleProperty());
        hintLabel.setVisible(false);
        VBox top = new VBox(6, bar, summaryLabel, hintLabel);
        top.setPadding(new Insets(16, 20, 10, 20));
        return top;
    }

    private Button button(String id, String textKey, String keysKey) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        Tooltips.set(b, messages.get(keysKey));
        return b;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        vm.reload();
        scroll.requestFocus();
    }

    private void onKey(KeyEvent e) {
        boolean plain = !e.isAltDown() && !e.isControlDown() && !e.isMetaDown() && !e.isShiftDown();
        if (e.getCode() == KeyCode.PAGE_UP && plain || e.getCode() == KeyCode.LEFT && e.isAltDown()) {
            vm.previousWeek();
        } else if (e.getCode() == KeyCode.PAGE_DOWN && plain || e.getCode() == KeyCode.RIGHT && e.isAltDown()) {
            vm.nextWeek();
        } else if (e.getCode() == KeyCode.T && plain) {
            vm.thisWeek();
        } else {
            return;
        }
        e.consume();
    }

    private void showWeekLabel(LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        String first = monday.getMonth() == sunday.getMonth()
                ? String.valueOf(monday.getDayOfMonth())
                : DateTimeFormatter.ofPattern("d MMMM", WeekGrid.dateLocale(messages)).format(monday);
        weekLabel.setText(messages.get("calendar.week", first, dayMonthYear.format(sunday)));
    }

    private void show(WeekSnapshot week) {
        if (week == null) {
            return;
        }
        WeekLayout layout = week.layout();
        String summary = messages.get("calendar.summary",
                messages.plural("calendar.summary.sessions", layout.sessionCount()),
                messages.plural("calendar.summary.free", layout.freeCount()));
        if (layout.hasOverlaps()) {
            summary += " " + messages.get("calendar.summary.overlaps");
        }
        summaryLabel.setText(summary);
        hintLabel.setText(messages.get(layout.freeCount() > 0 ? "calendar.emptyWeek" : "calendar.emptyPastWeek"));
        hintLabel.setVisible(layout.days().stream().allMatch(d -> d.blocks().isEmpty()));
        double scrolled = scroll.getVvalue();
        scroll.setContent(grid.build(week));
        scroll.setVvalue(scrolled);
    }

    private void book(LocalDateTime start) {
        SessionDialog.edit(context, Session.planned(0, start, SessionKind.SINGLE), saved -> vm.reload());
    }

    @Override
    public void openClient(Session session) {
        context.navigator().openClient(session.clientId());
    }

    @Override
    public void close(Session session) {
        CloseSessionPanel.open(context, session.id(), vm::reload);
    }

    @Override
    public void edit(Session session) {
        SessionDialog.edit(context, session, saved -> vm.reload());
    }
}
