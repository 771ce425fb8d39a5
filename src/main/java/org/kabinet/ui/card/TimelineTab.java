package org.kabinet.ui.card;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.ui.card.TimelineViewModel.Row;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.ScreenContext;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The card's timeline tab: everything about the client in one list, the latest first, under a
 * header for each month; a filter for each kind of entry, with its count; Enter or a double click
 * opens an entry in its own tab.
 */
final class TimelineTab {

    /** An icon for each kind, the same as in the rest of the app where there is one. */
    private static final Map<TimelineKind, Feather> ICONS = Map.of(
            TimelineKind.SESSION, Feather.CLOCK,
            TimelineKind.LESSON, Feather.LAYERS,
            TimelineKind.NOTE, Feather.FILE_TEXT,
            TimelineKind.HOMEWORK, Feather.BOOK_OPEN,
            TimelineKind.PROGRAM, Feather.FLAG,
            TimelineKind.STATUS, Feather.ACTIVITY,
            TimelineKind.CONTACT, Feather.PHONE);

    private final Messages messages;
    private final TimelineViewModel vm;
    private final TimelineTexts texts;
    private final Consumer<TimelineEntry> open;
    private final ListView<Row> list = new ListView<>();
    private final BorderPane root = new BorderPane();
    /** The entry selected when the tab was shown again, to select once the rows come back. */
    private Row keep;

    /** @param open told the entry she opens (Enter, double click), to show it in its own tab */
    TimelineTab(ScreenContext context, Consumer<TimelineEntry> open) {
        this.messages = context.messages();
        this.open = open;
        this.vm = new TimelineViewModel(context.practice(), messages.locale(), context.executor(), context.onError());
        this.texts = new TimelineTexts(messages, context.dates());
        root.setId("timelinePane");
        root.getStyleClass().addAll("card-tab", "timeline");
        list.setId("timelineList");
        list.getStyleClass().add("timeline-list");
        list.setItems(vm.rows());
        vm.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> reselect());
        list.setCellFactory(l -> new RowCell());
        list.setPlaceholder(placeholder());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        root.setTop(filters());
        root.setCenter(list);
    }

    Node root() {
        return root;
    }

    /** Reads the client's timeline again (each time the tab is shown), keeping the selected entry. */
    void load(long clientId) {
        Row selected = list.getSelectionModel().getSelectedItem();
        keep = clientId == vm.clientId() && selected != null && !selected.isHeader() ? selected : null;
        if (clientId != vm.clientId()) {
            list.scrollTo(0);
        }
        vm.load(clientId);
    }

    /** Once the rows are read again, selects the entry that was selected before (when still there). */
    private void reselect() {
        Row row = keep;
        keep = null;
        if (row != null && list.getItems().contains(row)) {
            list.getSelectionModel().select(row);
        }
    }

    /** The tab an entry is shown in. */
    static CardTab tabOf(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SESSION -> CardTab.SESSIONS;
            case LESSON, PROGRAM -> CardTab.PROGRAM;
            case NOTE -> CardTab.NOTES;
            case HOMEWORK -> CardTab.HOMEWORK;
            case STATUS -> CardTab.PROFILE;
            case CONTACT -> CardTab.TIMELINE;
        };
    }

    /** The id of the entry's item in its tab (0 when it has none to select). */
    static long idOf(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SESSION, LESSON -> entry.session().id();
            case NOTE -> entry.note().id();
            case HOMEWORK -> entry.homework().id();
            case PROGRAM, STATUS, CONTACT -> 0;
        };
    }

    private void openSelected() {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row != null && !row.isHeader()) {
            open.accept(row.entry());
        }
    }

    private Node filters() {
        FlowPane bar = new FlowPane(8, 8);
        bar.setId("timelineFilters");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 14, 10, 14));
        for (TimelineKind kind : TimelineKind.values()) {
            ToggleButton filter = new ToggleButton();
            filter.setId("timelineFilter-" + kind.name());
            filter.getStyleClass().addAll("chip", "timeline-filter");
            filter.setGraphic(icon(kind));
            filter.setMinWidth(Region.USE_PREF_SIZE);
            filter.textProperty().bind(Bindings.createStringBinding(() -> messages.get("timeline.filter",
                    messages.get("timeline.kind." + kind.name()), vm.count(kind).get()), vm.count(kind)));
            filter.selectedProperty().bindBidirectional(vm.shown(kind));
            bar.getChildren().add(filter);
        }
        return bar;
    }

    private Node placeholder() {
        Label label = new Label();
        label.setId("timelineEmpty");
        label.getStyleClass().addAll("text-muted", "timeline-empty");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.state().get()) {
            case LOADING -> messages.get("timeline.loading");
            case ALL_HIDDEN -> messages.get("timeline.allHidden");
            case NOTHING_YET, SHOWN -> messages.get("timeline.nothingYet");
        }, vm.state()));
        return label;
    }

    /** A stable id for an entry's cell: its kind and the id of its item. */
    static String cellId(TimelineEntry e) {
        String of = switch (e.kind()) {
            case PROGRAM -> e.enrolment().id() + "-" + e.enrolment().status().name();
            case STATUS -> e.statusChange().status().name() + "-" + e.statusChange().changedAt().toEpochMilli();
            default -> String.valueOf(idOf(e));
        };
        return "timelineEntry-" + e.kind().name() + "-" + of;
    }

    private static FontIcon icon(TimelineKind kind) {
        FontIcon icon = new FontIcon(ICONS.get(kind));
        icon.getStyleClass().addAll("timeline-icon", "timeline-icon-" + kind.name().toLowerCase());
        return icon;
    }

    /** A month's header, or an entry: date and time, the kind's icon, a title and a detail. */
    private final class RowCell extends ListCell<Row> {

        private final Label month = new Label();
        private final Label date = new Label();
        private final Label time = new Label();
        private final Label title = new Label();
        private final Label marker = new Label();
        private final Label detail = new Label();
        private final HBox iconBox = new HBox();
        private final HBox entryBox;

        RowCell() {
            month.getStyleClass().add("timeline-month");
            date.getStyleClass().add("timeline-date");
            time.getStyleClass().addAll("timeline-time", "text-muted");
            title.getStyleClass().add("timeline-title");
            marker.getStyleClass().add("timeline-private");
            detail.getStyleClass().addAll("timeline-detail", "text-muted");
            VBox when = new VBox(2, date, time);
            when.getStyleClass().add("timeline-when");
            when.setMinWidth(Region.USE_PREF_SIZE);
            iconBox.getStyleClass().add("timeline-icon-box");
            iconBox.setAlignment(Pos.TOP_CENTER);
            iconBox.setMinWidth(Region.USE_PREF_SIZE);
            HBox titleLine = new HBox(8, title, marker);
            titleLine.setAlignment(Pos.BASELINE_LEFT);
            title.setMinWidth(0);
            marker.setMinWidth(Region.USE_PREF_SIZE);
            VBox what = new VBox(2, titleLine, detail);
            what.setMinWidth(0);
            HBox.setHgrow(what, Priority.ALWAYS);
            entryBox = new HBox(12, when, iconBox, what);
            entryBox.getStyleClass().add("timeline-entry");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null
                        && !getItem().isHeader()) {
                    open.accept(getItem().entry());
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("timeline-header-cell");
            setText(null);
            if (empty || row == null) {
                setId(null);
                setGraphic(null);
                return;
            }
            if (row.isHeader()) {
                getStyleClass().add("timeline-header-cell");
                setId("timelineMonth-" + row.month());
                month.setText(texts.month(row.month()));
                setGraphic(month);
                return;
            }
            TimelineEntry e = row.entry();
            var timeline = vm.timeline().get();
            setId(cellId(e));
            date.setText(texts.date(e));
            String at = texts.time(e);
            time.setText(at);
            time.setVisible(!at.isEmpty());
            time.setManaged(!at.isEmpty());
            iconBox.getChildren().setAll(icon(e.kind()));
            title.setText(texts.title(e, timeline));
            String mark = texts.marker(e);
            marker.setText(mark);
            marker.setVisible(!mark.isEmpty());
            marker.setManaged(!mark.isEmpty());
            String more = texts.detail(e, timeline);
            detail.setText(more);
            detail.setVisible(!more.isEmpty());
            detail.setManaged(!more.isEmpty());
            setGraphic(entryBox);
        }
    }
}
