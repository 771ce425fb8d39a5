package org.kabinet.ui.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kabinet.logic.ClientQuery;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.SearchableClient;
import org.kabinet.logic.Segments;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Segment;
import org.kabinet.model.Source;

/**
 * The client list: every client loaded once into memory (thousands of rows are a few hundred
 * kilobytes), so searching and filtering answer each keystroke without a database round trip.
 */
public final class ClientListViewModel {

    private final ObservableList<SearchableClient> all = FXCollections.observableArrayList();
    private final FilteredList<SearchableClient> shown = new FilteredList<>(all);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.CURRENT);
    /** Null: any source. */
    private final ObjectProperty<Source> sourceFilter = new SimpleObjectProperty<>();
    /** Null: any segment. */
    private final ObjectProperty<Segment> segmentFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<Segment, Integer>> segmentCounts = new SimpleObjectProperty<>(Map.of());
    private Segments segments = Segments.DEFAULT;
    private LocalDate today = LocalDate.now();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final NameOrder names;

    public ClientListViewModel(NameOrder names) {
        this.names = names;
        query.addListener((obs, old, now) -> refilter());
        statusFilter.addListener((obs, old, now) -> refilter());
        sourceFilter.addListener((obs, old, now) -> refilter());
        segmentFilter.addListener((obs, old, now) -> refilter());
        all.addListener((javafx.collections.ListChangeListener<SearchableClient>) c -> recount());
        refilter();
    }

    /** The day and the thresholds the segments are counted by (the practice's clock, her settings). */
    public void segmentsAt(Segments rules, LocalDate day) {
        this.segments = rules;
        this.today = day;
        recount();
        refilter();
    }

    private void recount() {
        segmentCounts.set(segments.counts(all.stream().map(SearchableClient::summary).toList(), today));
    }

    /** Shows the clients read from the file (in the background, by the screen's view model). */
    public void show(List<SearchableClient> rows) {
        all.setAll(rows);
        loaded.set(true);
    }

    private void refilter() {
        ClientQuery q = ClientQuery.of(query.get());
        StatusFilter status = statusFilter.get() == null ? StatusFilter.CURRENT : statusFilter.get();
        Source source = sourceFilter.get();
        Segment segment = segmentFilter.get();
        Segments rules = segments;
        LocalDate day = today;
        Predicate<SearchableClient> predicate = c -> status.accepts(c.summary().status())
                && (segment == null || rules.contains(segment, c.summary(), day))
                && (source == null || Long.valueOf(source.id()).equals(c.summary().sourceId()))
                && q.test(c);
        shown.setPredicate(predicate);
    }

    /**
     * Shows a card just saved: replaces its row, or adds it when it is new. A card knows nothing
     * of sessions, so the row keeps the sessions and progress it showed.
     */
    public void put(ClientSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == summary.id()) {
                all.set(i, SearchableClient.of(summary.withActivityOf(all.get(i).summary()), names));
                return;
            }
        }
        all.add(SearchableClient.of(summary, names));
    }

    /** Replaces a row with one read again from the file, sessions and progress included. */
    public void refresh(ClientSummary summary) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == summary.id()) {
                all.set(i, SearchableClient.of(summary, names));
                return;
            }
        }
    }

    public void remove(long id) {
        all.removeIf(c -> c.id() == id);
    }

    /** Clears search and filters, so that a row the user is looking for cannot hide. */
    public void resetFilters() {
        query.set("");
        statusFilter.set(StatusFilter.CURRENT);
        sourceFilter.set(null);
        segmentFilter.set(null);
    }

    public ObservableList<SearchableClient> shown() {
        return shown;
    }

    /** Every client, for the "referred by" suggestions. */
    public ObservableList<SearchableClient> all() {
        return all;
    }

    public int totalCount() {
        return all.size();
    }

    public StringProperty query() {
        return query;
    }

    public ObjectProperty<StatusFilter> statusFilter() {
        return statusFilter;
    }

    public ObjectProperty<Source> sourceFilter() {
        return sourceFilter;
    }

    public ObjectProperty<Segment> segmentFilter() {
        return segmentFilter;
    }

    /** How many clients each segment holds, recounted when the list changes. */
    public ObjectProperty<Map<Segment, Integer>> segmentCounts() {
        return segmentCounts;
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }
}
