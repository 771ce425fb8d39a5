package org.kabinet.ui.card;

import java.util.List;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kabinet.logic.ClientQuery;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.ui.common.ClientNames;

/**
 * Suggests clients as she types who recommended this one (ControlsFX auto-completion), so the
 * link points at a card, not at a name that might be one of three Olgas.
 */
final class ReferralSuggestions {

    /** More than this and the list stops helping: she should type more of the name. */
    private static final int MAX_SUGGESTIONS = 12;

    private ReferralSuggestions() {
    }

    static void attach(TextField field, List<SearchableClient> clients, ClientCardViewModel vm) {
        StringConverter<ClientSummary> converter = new ClientNames();
        AutoCompletionBinding<ClientSummary> binding = TextFields.bindAutoCompletion(field, request -> {
            ClientQuery query = ClientQuery.of(request.getUserText());
            if (query.isEmpty() || request.getUserText().equals(vm.referredByText().get())
                    && vm.referredById().get() != null) {
                return List.of();
            }
            Client self = vm.original().get();
            long selfId = self == null ? 0 : self.id();
            return clients.stream().filter(query).map(SearchableClient::summary)
                    .filter(s -> s.id() != selfId).limit(MAX_SUGGESTIONS).toList();
        }, converter);
        binding.setVisibleRowCount(8);
        binding.setOnAutoCompleted(e -> vm.setReferredBy(e.getCompletion().id(), e.getCompletion().name()));
    }
}
