package org.kabinet.ui.clients;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.ClientFacts;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.ProgressBadge;
import org.kabinet.model.Source;
import org.kabinet.ui.common.SourceLabels;

/** The columns of the client list: what each shows and how it sorts. */
final class ClientTable {

    /** Primer's one-line row height with our badge in it, in pixels. */
    private static final double ROW_HEIGHT = 39;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private ClientTable() {
    }

    @SuppressWarnings("unchecked")
    static void configure(TableView<SearchableClient> table, Messages messages, DateFormats dates,
            Supplier<Map<Long, Source>> sources, Supplier<LocalDate> today) {
        Collator collator = Collator.getInstance(messages.locale());
        collator.setStrength(Collator.SECONDARY);
        var columns = table.getColumns();
        // The row itself, so that sorting compares the name keys each row was made with.
        TableColumn<SearchableClient, SearchableClient> name = (TableColumn<SearchableClient, SearchableClient>) columns.get(0);
        name.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        name.setComparator(SearchableClient.BY_NAME);
        name.setCellFactory(c -> cell(row -> row.summary().name().full()));

        TableColumn<SearchableClient, String> phone = (TableColumn<SearchableClient, String>) columns.get(1);
        phone.setCellValueFactory(value(ClientSummary::mainPhone));
        phone.setCellFactory(c -> cell(PhoneNumbers::forDisplay));

        TableColumn<SearchableClient, ClientStatus> status = (TableColumn<SearchableClient, ClientStatus>) columns.get(2);
        status.setCellValueFactory(value(ClientSummary::status));
        status.setCellFactory(c -> new StatusCell(messages));

        TableColumn<SearchableClient, Long> source = (TableColumn<SearchableClient, Long>) columns.get(3);
        source.setCellValueFactory(value(ClientSummary::sourceId));
        Function<Long, String> sourceName = id -> {
            Source s = id == null ? null : sources.get().get(id);
            return s == null ? "" : SourceLabels.label(s, messages);
        };
        source.setCellFactory(c -> cell(sourceName));
        source.setComparator(Comparator.comparing(sourceName, collationKeys(collator)));

        TableColumn<SearchableClient, Integer> age = (TableColumn<SearchableClient, Integer>) columns.get(4);
        age.setCellValueFactory(value(s -> {
            var years = ClientFacts.age(s.birthDate(), today.get());
            return years.isPresent() ? years.getAsInt() : null;
        }));
        age.setStyle("-fx-alignment: CENTER-RIGHT;");

        TableColumn<SearchableClient, LocalDate> first = (TableColumn<SearchableClient, LocalDate>) columns.get(5);
        first.setCellValueFactory(value(ClientSummary::firstContact));
        first.setCellFactory(c -> cell(dates::format));

        TableColumn<SearchableClient, ProgressBadge> program = (TableColumn<SearchableClient, ProgressBadge>) columns.get(6);
        program.setCellValueFactory(value(ClientSummary::progress));
        // One text per badge, made once: the list shows the same few badges over and over.
        Map<ProgressBadge, String> badges = new HashMap<>();
        program.setCellFactory(c -> cell(b -> badges.computeIfAbsent(b, k -> ProgramLabels.badge(k, messages))));
        program.setComparator(Comparator.nullsFirst(Comparator.comparingInt(ProgressBadge::done)
                .thenComparingInt(ProgressBadge::total)));

        TableColumn<SearchableClient, LocalDate> last = (TableColumn<SearchableClient, LocalDate>) columns.get(7);
        last.setCellValueFactory(value(ClientSummary::lastSession));
        last.setCellFactory(c -> cell(dates::format));

        TableColumn<SearchableClient, LocalDateTime> next = (TableColumn<SearchableClient, LocalDateTime>) columns.get(8);
        next.setCellValueFactory(value(ClientSummary::nextSession));
        next.setCellFactory(c -> cell(t -> dates.format(t.toLocalDate()) + " " + TIME.format(t)));

        // Every row is one line high; saying so spares the table measuring each row it lays out.
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSortOrder().add(name);
        Label placeholder = new Label(messages.get("clients.noMatch"));
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
    }

    /**
     * Compares like {@code collator}, but through collation keys worked out once per text:
     * comparing keys is many times cheaper than asking the collator again for every pair.
     */
    private static Comparator<String> collationKeys(Collator collator) {
        Map<String, CollationKey> keys = new HashMap<>();
        return (a, b) -> keys.computeIfAbsent(a, collator::getCollationKey)
                .compareTo(keys.computeIfAbsent(b, collator::getCollationKey));
    }

    private static <T> javafx.util.Callback<TableColumn.CellDataFeatures<SearchableClient, T>,
            javafx.beans.value.ObservableValue<T>> value(Function<ClientSummary, T> getter) {
        return data -> new ReadOnlyObjectWrapper<>(getter.apply(data.getValue().summary()));
    }

    private static <T> TableCell<SearchableClient, T> cell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** A status shown as a small coloured badge, so the list reads at a glance. */
    private static final class StatusCell extends TableCell<SearchableClient, ClientStatus> {
        private final Messages messages;
        private final Label badge = new Label();
        /** One per cell, its text changed with the row: a tooltip is a small window of its own. */
        private final Tooltip tooltip = new Tooltip();

        StatusCell(Messages messages) {
            this.messages = messages;
            badge.getStyleClass().add("status-badge");
        }

        @Override
        protected void updateItem(ClientStatus item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // The list shows the short form; the card and the filter say it in full.
            badge.setText(messages.get("ClientStatus.short." + item.name()));
            tooltip.setText(messages.of(item));
            setTooltip(tooltip);
            badge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            badge.getStyleClass().add("status-" + item.name().toLowerCase());
            setGraphic(badge);
        }
    }
}
