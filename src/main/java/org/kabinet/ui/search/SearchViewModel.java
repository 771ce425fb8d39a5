package org.kabinet.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.search.SearchGroup;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.model.SearchHit;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.Navigator;

/**
 * The search window's state. Each change of {@link #text()} asks for a search after a short pause
 * (the debounce), in the background; only the answer to the newest text is shown, older ones are
 * dropped. The results become {@link #rows()}: per kind a header, its hits and "and N more".
 * {@link #selected()} is the index of the highlighted row, always a hit (or -1).
 */
public final class SearchViewModel {

    /** Where the window stands. */
    public enum State {
        /** Nothing typed yet. */
        EMPTY,
        /** Only punctuation or search operators were typed. */
        NOTHING_TO_SEARCH,
        /** A search was made and found nothing. */
        NOTHING_FOUND,
        /** There are rows to show. */
        FOUND
    }

    private final Function<String, SearchResults> search;
    private final TaskExecutor executor;
    private final Consumer<Runnable> debounce;
    private final Navigator navigator;
    private final Consumer<Throwable> onError;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EMPTY);
    private final ReadOnlyObjectWrapper<SearchResults> results = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Runnable> onOpened = new SimpleObjectProperty<>(() -> { });
    /** The number of the newest text asked about; an answer to an older one is dropped. */
    private final AtomicLong asked = new AtomicLong();
    /** The number of the text the rows are the answer to. */
    private long answered;
    /** Enter came before the answer: open the first result when it comes. */
    private boolean openWhenAnswered;

    /**
     * @param search what runs a search (in the background)
     * @param debounce runs its argument after a short pause, forgetting one it was given before
     */
    public SearchViewModel(Function<String, SearchResults> search, TaskExecutor executor, Consumer<Runnable> debounce,
            Navigator navigator, Consumer<Throwable> onError) {
        this.search = search;
        this.executor = executor;
        this.debounce = debounce;
        this.navigator = navigator;
        this.onError = onError;
        text.addListener((obs, old, now) -> changed(now));
    }

    /** What she types; every change searches again, after the pause. */
    public StringProperty text() {
        return text;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** The last results shown (null before the first), for the time taken and the text searched. */
    public ReadOnlyObjectProperty<SearchResults> results() {
        return results.getReadOnlyProperty();
    }

    /** The index in {@link #rows()} of the highlighted hit, or -1. */
    public IntegerProperty selected() {
        return selected;
    }

    /** Runs after a result has been opened: the window closes. */
    public ObjectProperty<Runnable> onOpened() {
        return onOpened;
    }

    /** Searches again for the same text: what was found may have changed since the window was last open. */
    public void refresh() {
        changed(text.get());
    }

    private void changed(String now) {
        long number = asked.incrementAndGet();
        openWhenAnswered = false;
        if (now == null || now.isBlank()) {
            answered = number;
            show(null);
            return;
        }
        debounce.accept(() -> ask(number, now));
    }

    private void ask(long number, String typed) {
        if (number != asked.get()) {
            return;
        }
        // A search still queued when a newer text comes is not worth running.
        executor.run(() -> number == asked.get() ? search.apply(typed) : null, found -> {
            if (found != null && number == asked.get()) {
                answered = number;
                show(found);
                if (openWhenAnswered) {
                    openWhenAnswered = false;
                    open();
                }
            }
        }, onError);
    }

    private void show(SearchResults found) {
        results.set(found);
        List<SearchRow> shown = new ArrayList<>();
        if (found != null) {
            for (SearchGroup group : found.groups()) {
                shown.add(new SearchRow.Header(group.kind(), group.total()));
                group.hits().forEach(h -> shown.add(new SearchRow.Hit(h)));
                if (group.more() > 0) {
                    shown.add(new SearchRow.More(group.kind(), group.more()));
                }
            }
        }
        rows.setAll(shown);
        state.set(found == null ? State.EMPTY : found.nothingToSearch() ? State.NOTHING_TO_SEARCH
                : found.isEmpty() ? State.NOTHING_FOUND : State.FOUND);
        selected.set(next(-1, 1));
    }

    /** Moves the highlight to the next ({@code +1}) or previous ({@code -1}) hit, stopping at the ends. */
    public void move(int direction) {
        int to = next(selected.get(), direction);
        if (to >= 0) {
            selected.set(to);
        }
    }

    /** The first openable row after {@code from} in {@code direction}, or -1. */
    private int next(int from, int direction) {
        for (int i = from + direction; i >= 0 && i < rows.size(); i += direction) {
            if (rows.get(i).openable()) {
                return i;
            }
        }
        return -1;
    }

    /** Highlights the row at {@code index} if it is a hit (a click on a header does nothing). */
    public void select(int index) {
        if (index >= 0 && index < rows.size() && rows.get(index).openable()) {
            selected.set(index);
        }
    }

    /**
     * Enter: opens the highlighted hit (the first, unless she moved). When the answer to what she
     * typed has not come yet, the first hit opens once it does.
     */
    public void open() {
        if (answered != asked.get()) {
            openWhenAnswered = true;
            return;
        }
        int index = selected.get();
        if (index >= 0 && index < rows.size() && rows.get(index) instanceof SearchRow.Hit row) {
            open(row.hit());
        }
    }

    /** Opens where a hit leads: the card at the right tab and item, or the lesson in Programs. */
    public void open(SearchHit hit) {
        onOpened.get().run();
        switch (hit.kind()) {
            case CLIENT -> navigator.openClient(hit.id(), CardTab.PROFILE, 0);
            case NOTE -> navigator.openClient(hit.clientId(), CardTab.NOTES, hit.id());
            case HOMEWORK -> navigator.openClient(hit.clientId(), CardTab.HOMEWORK, hit.id());
            case LESSON -> navigator.openLesson(hit.id());
        }
    }
}
