package org.kabinet.ui.card;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Client;
import org.kabinet.model.ClientFacts;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.PersonName;

/** The top of the card: who this is, their status, and facts worked out from the card. */
final class CardHeader {

    private final ClientCardViewModel vm;
    private final Messages messages;
    private final DateFormats dates;

    CardHeader(ClientCardViewModel vm, Messages messages, DateFormats dates) {
        this.vm = vm;
        this.messages = messages;
        this.dates = dates;
    }

    void bind(Label title, Label statusBadge, Label facts, Label askBanner, javafx.scene.Node askBar) {
        title.textProperty().bind(Bindings.createStringBinding(this::title,
                vm.lastName(), vm.firstName(), vm.patronymic(), vm.original()));
        statusBadge.textProperty().bind(Bindings.createStringBinding(
                () -> vm.original().get() == null ? "" : messages.of(vm.original().get().status()),
                vm.original()));
        // Applied now and on every change: the view may be built after a card is already open.
        java.util.function.Consumer<Client> badge = card -> {
            statusBadge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            if (card != null) {
                statusBadge.getStyleClass().add("status-" + card.status().name().toLowerCase());
            }
            statusBadge.setVisible(card != null && !card.isNew());
        };
        badge.accept(vm.original().get());
        vm.original().addListener((obs, old, card) -> badge.accept(card));
        facts.textProperty().bind(Bindings.createStringBinding(this::facts, vm.original(), vm.activity()));
        // The line is cut short beside the buttons on a narrow card; the tooltip says it all.
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(facts.textProperty());
        facts.setTooltip(whole);
        askBanner.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("card.askNextTime.banner", asked()), vm.original()));
        askBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> !asked().isEmpty(), vm.original()));
        askBar.managedProperty().bind(askBar.visibleProperty());
    }

    private String asked() {
        Client c = vm.original().get();
        return c == null ? "" : c.askNextTime();
    }

    private String title() {
        Client c = vm.original().get();
        String typed = new PersonName(vm.lastName().get(), vm.firstName().get(), vm.patronymic().get()).full();
        if (c != null && c.isNew() && typed.isEmpty()) {
            return messages.get("card.newTitle");
        }
        return typed;
    }

    /**
     * "41 год · Base 7/15 · first contact 01.09.2026 · last contact 6 days ago" for a saved card;
     * the last contact is the latest session held, else the first contact.
     */
    private String facts() {
        Client c = vm.original().get();
        if (c == null || c.isNew()) {
            return c == null ? "" : messages.get("card.newHint") + " " + messages.get("card.tabs.saveFirst");
        }
        List<String> parts = new ArrayList<>();
        ClientFacts.age(c.birthDate(), vm.today())
                .ifPresent(age -> parts.add(messages.plural("card.age", age)));
        ClientSummary row = vm.activity().get();
        if (row != null && row.progress() != null) {
            parts.add(ProgramLabels.badge(row.progress(), messages));
        }
        if (c.firstContact() != null) {
            parts.add(messages.get("card.firstContactOn", dates.format(c.firstContact())));
        }
        LocalDate last = row != null && row.lastSession() != null ? row.lastSession() : c.firstContact();
        ClientFacts.daysSince(last, vm.today())
                .ifPresent(days -> parts.add(messages.plural("card.daysSinceContact", days)));
        if (c.status() == ClientStatus.ARCHIVED || c.status().endsWork()) {
            if (!c.endReason().isEmpty()) {
                parts.add(c.endReason());
            }
        }
        return String.join("  ·  ", parts);
    }
}
