package org.kabinet.ui.clients;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.textfield.CustomTextField;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Segment;
import org.kabinet.model.Source;
import org.kabinet.ui.card.ClientCardView;
import org.kabinet.ui.clientimport.ClientListExportAction;
import org.kabinet.ui.clientimport.ImportClientsAction;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.common.Fxml;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.SourceLabels;
import org.kabinet.ui.common.Tooltips;
import org.kabinet.ui.main.ScreenContext;

/**
 * The clients screen: the searchable list on the left, the open card on the right. It binds
 * the view model to the nodes and asks the user the questions (unsaved edits, archive reason,
 * the name to confirm a deletion); the work itself is the view model's.
 */
public final class ClientsView {

    private final ClientsViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final DateFormats dates;
    /** The practice's services and the way to other screens, for the card's tabs. */
    private final ScreenContext context;
    /** Built when the first card opens: the form is the heaviest part of the window. */
    private ClientCardView cardView;
    private final UnsavedGuard guard;
    private final SplitPane root;
    /** True while the code, not the user, changes the selection. */
    private boolean selectingQuietly;

    @FXML private CustomTextField searchField;
    @FXML private Button newClientButton;
    @FXML private Button importClientsButton;
    @FXML private Button exportListButton;
    @FXML private ComboBox<StatusFilter> statusFilter;
    @FXML private ComboBox<Source> sourceFilter;
    @FXML private ComboBox<Segment> segmentFilter;
    @FXML private Label countLabel;
    @FXML private TableView<SearchableClient> clientTable;
    @FXML private StackPane cardHolder;

    public ClientsView(ClientsViewModel vm, ScreenContext context) {
        this.vm = vm;
        this.context = context;
        this.messages = context.messages();
        this.dialogs = context.dialogs();
        this.dates = context.dates();
        this.guard = new UnsavedGuard(vm.card(), dialogs, this::saved);
        this.root = Fxml.load(this, messages);
        ClientTable.configure(clientTable, messages, dates, vm::sourcesById, vm.card()::today);
        cardHolder.getChildren().add(noCardPlaceholder());
        vm.card().original().addListener((obs, old, card) -> {
            if (card != null) {
                cardView();
            }
        });
        vm.card().setDuplicatePrompt(new DuplicateQuestion(dialogs, messages)::saveAnyway);
    }

    public SplitPane root() {
        return root;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(vm.list().query());
        searchField.setLeft(Icons.of(Icon.SEARCH));
        Button clear = new Button(null, Icons.of(Icon.CLEAR));
        clear.setId("clearSearchButton");
        clear.getStyleClass().addAll("flat", "button-icon");
        clear.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        clear.setOnAction(e -> searchField.clear());
        clear.setFocusTraversable(false);
        Tooltips.set(clear, messages.get("polish.clients.clearFilter"));
        searchField.setRight(clear);
        Tooltips.set(searchField, messages.get("clients.search.tooltip"));

        newClientButton.setGraphic(Icons.of(Icon.ADD_CLIENT));
        newClientButton.setOnAction(e -> newClient());
        Tooltips.set(newClientButton, messages.get("clients.new.tooltip"));

        bindFilters();
        SortedList<SearchableClient> sorted = new SortedList<>(vm.list().shown());
        sorted.comparatorProperty().bind(clientTable.comparatorProperty());
        clientTable.setItems(sorted);
        clientTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selectingQuietly && now != null) {
                userSelected(now.id());
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(this::countText,
                vm.list().shown(), vm.list().all()));
        new ImportClientsAction(context, () -> vm.load(() -> { })).attach(importClientsButton);
        new ClientListExportAction(context, () -> clientTable.getItems().stream().map(SearchableClient::id).toList(),
                vm.card()::today).attach(exportListButton);
        exportListButton.disableProperty().bind(Bindings.isEmpty(clientTable.getItems()));
    }

    private void bindFilters() {
        List<StatusFilter> statuses = new ArrayList<>(List.of(StatusFilter.CURRENT, StatusFilter.EVERYONE));
        for (ClientStatus s : ClientStatus.values()) {
            statuses.add(StatusFilter.only(s));
        }
        statusFilter.getItems().setAll(statuses);
        Choices.labelled(statusFilter, f -> f.status() != null ? messages.of(f.status())
                : messages.get(f.includeArchived() ? "clients.filter.everyone" : "clients.filter.current"));
        statusFilter.valueProperty().bindBidirectional(vm.list().statusFilter());

        Choices.labelled(sourceFilter, s -> s == null ? messages.get("clients.filter.anySource")
                : SourceLabels.label(s, messages));
        Runnable refill = () -> {
            Source chosen = vm.list().sourceFilter().get();
            List<Source> offered = new ArrayList<>();
            offered.add(null);
            offered.addAll(vm.sources());
            sourceFilter.getItems().setAll(offered);
            sourceFilter.setValue(chosen);
        };
        vm.sources().addListener((javafx.collections.ListChangeListener<Source>) c -> refill.run());
        refill.run();
        sourceFilter.valueProperty().addListener((obs, old, now) -> vm.list().sourceFilter().set(now));
        vm.list().sourceFilter().addListener((obs, old, now) -> sourceFilter.setValue(now));
        bindSegmentFilter();
    }

    /** All, then each segment with its count; a new converter shows new counts without touching the choice. */
    private void bindSegmentFilter() {
        List<Segment> offered = new ArrayList<>();
        offered.add(null);
        offered.addAll(List.of(Segment.values()));
        segmentFilter.getItems().setAll(offered);
        Runnable relabel = () -> Choices.labelled(segmentFilter, s -> {
            if (s == null) {
                return messages.get("clients.segment.all");
            }
            Integer count = vm.list().segmentCounts().get().get(s);
            return count == null ? messages.of(s) : messages.get("clients.segment.counted", messages.of(s), count);
        });
        relabel.run();
        vm.list().segmentCounts().addListener((obs, old, now) -> relabel.run());
        Tooltips.set(segmentFilter, messages.get("clients.segment.tooltip"));
        segmentFilter.valueProperty().addListener((obs, old, now) -> vm.list().segmentFilter().set(now));
        vm.list().segmentFilter().addListener((obs, old, now) -> segmentFilter.setValue(now));
    }

    private String countText() {
        int shown = vm.list().shown().size();
        int total = vm.list().totalCount();
        return shown == total ? messages.plural("clients.count", total)
                : messages.plural("clients.countOfTotal", total, shown);
    }

    private void userSelected(long id) {
        Client open = vm.card().original().get();
        if (open != null && !open.isNew() && open.id() == id) {
            return;
        }
        guard.thenProceed(() -> vm.open(id), this::selectOpenCard);
    }

    /** Opens a client's card, as if picked in the list (after settling unsaved edits). */
    public void open(long id) {
        Client open = vm.card().original().get();
        if (open != null && !open.isNew() && open.id() == id) {
            return;
        }
        guard.thenProceed(() -> {
            vm.open(id);
            selectQuietly(id);
        }, this::selectOpenCard);
    }

    /**
     * Opens a client's card at one of its tabs, with an item selected there (0: none), after
     * settling unsaved edits; if she keeps editing another card, nothing moves.
     */
    public void open(long id, CardTab tab, long itemId) {
        Client open = vm.card().original().get();
        if (open != null && !open.isNew() && open.id() == id) {
            cardView().show(tab, itemId);
            return;
        }
        guard.thenProceed(() -> {
            vm.open(id);
            selectQuietly(id);
            cardView().show(tab, itemId);
        }, this::selectOpenCard);
    }

    /** Ctrl+N: a new, empty card (after settling any unsaved edits). */
    public void newClient() {
        guard.thenProceed(() -> {
            selectQuietly(null);
            vm.card().startNew();
            cardView().focusFirstField();
        }, () -> { });
    }

    /** The words in the list's filter, which the search window starts from (Ctrl+F, Ctrl+K). */
    public String filterText() {
        String text = searchField.getText();
        return text == null ? "" : text;
    }

    /** To the list's filter, with its text selected for typing over (when the clients area is shown). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    /** Ctrl+S. */
    public void save() {
        vm.card().save(this::saved);
    }

    /**
     * Esc: clears the search when typing in it; otherwise throws away the card's unsaved edits,
     * after asking (a slip of the finger must not lose a page of notes).
     */
    public void cancel() {
        if (searchField.isFocused() && !searchField.getText().isEmpty()) {
            searchField.clear();
            return;
        }
        if (vm.card().dirty().get()) {
            guard.thenProceed(this::closeNewCard, () -> { });
        } else {
            closeNewCard();
        }
    }

    /** A new card that was never saved has nothing to show once cancelled. */
    private void closeNewCard() {
        Client open = vm.card().original().get();
        if (open != null && open.isNew()) {
            vm.card().close();
        }
    }

    /** Runs {@code proceed} once the card has no unsaved edits (saved or discarded by the user). */
    public void whenSettled(Runnable proceed) {
        guard.thenProceed(proceed, () -> { });
    }

    private void saved(Client client) {
        vm.list().put(ClientSummary.of(client));
        if (vm.list().shown().stream().noneMatch(c -> c.id() == client.id())) {
            // The filters would hide the card just saved; the user would think it lost.
            vm.list().resetFilters();
        }
        selectOpenCard();
    }

    /** Selects the row of the card on the right, or nothing, without reopening it. */
    private void selectOpenCard() {
        Client open = vm.card().original().get();
        selectQuietly(open == null || open.isNew() ? null : open.id());
    }

    private void selectQuietly(Long id) {
        selectingQuietly = true;
        try {
            if (id == null) {
                clientTable.getSelectionModel().clearSelection();
                return;
            }
            for (SearchableClient row : clientTable.getItems()) {
                if (row.id() == id) {
                    clientTable.getSelectionModel().select(row);
                    clientTable.scrollTo(row);
                    return;
                }
            }
            clientTable.getSelectionModel().clearSelection();
        } finally {
            selectingQuietly = false;
        }
    }

    private void archive() {
        Client open = vm.card().original().get();
        dialogs.askText(messages.get("card.archive.title"),
                messages.get("card.archive.text", open.name().full()), "", "card.archive", "archiveReasonField")
                .ifPresent(reason -> vm.card().archive(reason, c -> vm.list().put(ClientSummary.of(c))));
    }

    private void restore() {
        vm.card().restoreFromArchive(c -> {
            vm.list().put(ClientSummary.of(c));
            selectOpenCard();
        });
    }

    private void delete() {
        Client open = vm.card().original().get();
        long id = open.id();
        dialogs.askText(messages.get("card.delete.title"),
                messages.get("card.delete.text", open.name().full()), "", "card.delete", "deleteNameField")
                .ifPresent(typed -> vm.card().deletePermanently(typed, deleted -> {
                    if (deleted) {
                        vm.list().remove(id);
                    } else {
                        dialogs.error(messages.get("card.delete.title"), messages.get("card.delete.mismatch"));
                    }
                }));
    }

    private void editSources() {
        new SourcesDialog(vm, messages, dialogs).show();
    }

    /** Called once the list is loaded: an empty practice starts with a new card. */
    public void showFirstState() {
        selectOpenCard();
    }

    /** The card form, built on first use; until then a light "no client selected" stands in. */
    public ClientCardView cardView() {
        if (cardView == null) {
            cardView = new ClientCardView(vm.card(), context, vm::refreshRow);
            cardView.setActions(this::save, this::cancel, this::archive, this::restore, this::delete,
                    this::editSources);
            cardView.setReferralSuggestions(vm.allClients());
            cardHolder.getChildren().setAll(cardView.root());
        }
        return cardView;
    }

    private javafx.scene.Node noCardPlaceholder() {
        Label title = new Label(messages.get("card.empty.title"));
        title.getStyleClass().add("empty-title");
        Label text = new Label(messages.get("card.empty.text"));
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, title, text);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.getStyleClass().add("empty-state");
        box.setId("noCardPlaceholder");
        return box;
    }
}
