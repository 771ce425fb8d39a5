package org.kabinet.ui.card;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.Practice;
import org.kabinet.logic.Timeline;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The open client's timeline for the card's timeline tab: read in the background each time the
 * tab is shown, counted by kind, and laid out as rows (a header for each month, then its entries,
 * the latest first) with the kinds she switched off left out.
 */
final class TimelineViewModel {

    /** What the list says when it has no rows. */
    enum State {
        /** Nothing read yet for this client. */
        LOADING,
        /** Entries are shown. */
        SHOWN,
        /** The client has no entries at all. */
        NOTHING_YET,
        /** The client has entries, but the filters hide every one. */
        ALL_HIDDEN
    }

    /** A row of the list: a month's header ({@code entry} null) or one entry. */
    record Row(YearMonth month, TimelineEntry entry) {

        boolean isHeader() {
            return entry == null;
        }
    }

    private static final Timeline NONE = new Timeline(List.of(), Map.of(), Map.of());

    private final Practice practice;
    private final Locale locale;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: a view made per call holds its listeners only weakly on the rows,
     * so a listener added to a throw-away view stops hearing once the view is collected.
     */
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(NONE);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOTHING_YET);
    private final Map<TimelineKind, BooleanProperty> shown = new EnumMap<>(TimelineKind.class);
    private final Map<TimelineKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(TimelineKind.class);
    /** The client shown (or being read): an answer for another client, arriving late, is dropped. */
    private long clientId;
    /** Which reading is the latest: an older answer for the same client is dropped too. */
    private long asked;

    TimelineViewModel(Practice practice, Locale locale, TaskExecutor executor, Consumer<Throwable> onError) {
        this.practice = practice;
        this.locale = locale;
        this.executor = executor;
        this.onError = onError;
        for (TimelineKind kind : TimelineKind.values()) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((o, was, now) -> layOut());
            shown.put(kind, on);
            counts.put(kind, new ReadOnlyIntegerWrapper(0));
        }
    }

    /** The rows to show, the latest first. */
    ObservableList<Row> rows() {
        return rowsView;
    }

    /** The timeline last read (with the lessons and programs its entries name). */
    ReadOnlyObjectProperty<Timeline> timeline() {
        return timeline.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** Whether entries of {@code kind} are shown: her filter, kept from client to client. */
    BooleanProperty shown(TimelineKind kind) {
        return shown.get(kind);
    }

    /** How many entries of {@code kind} the client has (shown or not). */
    ReadOnlyIntegerProperty count(TimelineKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    long clientId() {
        return clientId;
    }

    /** Reads the timeline of {@code id} in the background (again, when it is shown already); 0 clears it. */
    void load(long id) {
        long ask = ++asked;
        if (id != clientId || id == 0) {
            // Never show one client's entries under another's name while the new ones are read.
            show(NONE);
        }
        clientId = id;
        if (id == 0) {
            state.set(State.NOTHING_YET);
            return;
        }
        if (timeline.get() == NONE) {
            state.set(State.LOADING);
        }
        executor.run(() -> practice.timeline().forClient(id, locale), read -> {
            if (ask == asked && id == clientId) {
                show(read);
            }
        }, e -> {
            if (ask == asked) {
                onError.accept(e);
            }
        });
    }

    private void show(Timeline read) {
        timeline.set(read);
        Map<TimelineKind, Integer> counted = new EnumMap<>(TimelineKind.class);
        for (TimelineEntry e : read.entries()) {
            counted.merge(e.kind(), 1, Integer::sum);
        }
        counts.forEach((kind, count) -> count.set(counted.getOrDefault(kind, 0)));
        layOut();
    }

    private void layOut() {
        List<Row> laid = new ArrayList<>();
        YearMonth month = null;
        for (TimelineEntry e : timeline.get().entries()) {
            if (!shown.get(e.kind()).get()) {
                continue;
            }
            YearMonth of = YearMonth.from(e.at());
            if (!of.equals(month)) {
                laid.add(new Row(of, null));
                month = of;
            }
            laid.add(new Row(of, e));
        }
        rows.setAll(laid);
        if (timeline.get() != NONE || clientId == 0) {
            state.set(!laid.isEmpty() ? State.SHOWN
                    : timeline.get().entries().isEmpty() ? State.NOTHING_YET : State.ALL_HIDDEN);
        }
    }
}
