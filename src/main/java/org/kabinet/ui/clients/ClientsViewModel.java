package org.kabinet.ui.clients;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.i18n.DateFormats;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SearchableClient;
import org.kabinet.logic.Segments;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.PersonName;
import org.kabinet.model.Source;
import org.kabinet.ui.card.ClientCardViewModel;
import org.kabinet.ui.common.TaskExecutor;

/** The clients screen: the list, the open card, and the list of sources they share. */
public final class ClientsViewModel {

    private final Practice practice;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final ClientListViewModel list;
    private final ClientCardViewModel card;
    private final NameOrder names;
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private Map<Long, Source> sourcesById = Map.of();

    public ClientsViewModel(Practice practice, TaskExecutor executor, DateFormats dates, NameOrder names,
            Consumer<Throwable> onError) {
        this.practice = practice;
        this.names = names;
        this.executor = executor;
        this.onError = onError;
        this.list = new ClientListViewModel(names);
        this.card = new ClientCardViewModel(practice.clients(), executor, dates, this::nameOf, onError);
        card.original().addListener((obs, old, open) -> card.activity().set(open == null || open.isNew() ? null
                : rowOf(open.id()).orElse(null)));
        sources.addListener((javafx.collections.ListChangeListener<Source>) c -> {
            sourcesById = sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
            card.sources().setAll(sources);
        });
    }

    /** Loads the sources and then the list; {@code then} runs when the list is on screen. */
    public void load(Runnable then) {
        executor.run(() -> OpeningSnapshot.of(practice, names), snapshot -> show(snapshot, then), onError);
    }

    /** Shows what was read when the file opened, without another trip to the database. */
    public void show(OpeningSnapshot snapshot, Runnable then) {
        sources.setAll(snapshot.sources());
        list.show(snapshot.clients());
        then.run();
        loadSegmentRules();
    }

    /** Lapsed and former follow her settings of the LAPSED rule; counted at the practice's today. */
    public void loadSegmentRules() {
        executor.run(() -> practice.followUps().settings(),
                settings -> list.segmentsAt(Segments.of(settings), card.today()), onError);
    }

    /** Opens the saved card of {@code id} in the card pane. */
    public void open(long id) {
        executor.run(() -> practice.clients().load(id), found -> found.ifPresentOrElse(card::show,
                () -> list.remove(id)), onError);
    }

    /** Reads one row again, after its sessions or program changed elsewhere (the card's tabs). */
    public void refreshRow(long id) {
        executor.run(() -> practice.clients().summary(id), found -> found.ifPresent(row -> {
            list.refresh(row);
            var open = card.original().get();
            if (open != null && open.id() == row.id()) {
                card.activity().set(row);
            }
        }), onError);
    }

    public void addSource(String name) {
        executor.run(() -> practice.sources().add(name), sources::setAll, onError);
    }

    public void renameSource(long id, String name) {
        executor.run(() -> practice.sources().rename(id, name), sources::setAll, onError);
    }

    public void setSourceRetired(long id, boolean retired) {
        executor.run(() -> practice.sources().setRetired(id, retired), sources::setAll, onError);
    }

    private Optional<PersonName> nameOf(long id) {
        return rowOf(id).map(ClientSummary::name);
    }

    private Optional<ClientSummary> rowOf(long id) {
        return list.all().stream().filter(c -> c.id() == id).findFirst().map(SearchableClient::summary);
    }

    public ClientListViewModel list() {
        return list;
    }

    public ClientCardViewModel card() {
        return card;
    }

    public ObservableList<Source> sources() {
        return sources;
    }

    public Map<Long, Source> sourcesById() {
        return sourcesById;
    }

    public boolean isDemo() {
        return practice.isDemo();
    }

    public List<SearchableClient> allClients() {
        return list.all();
    }
}
