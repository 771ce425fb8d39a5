package org.kabinet.ui.session;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kabinet.logic.ClientQuery;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.SearchableClient;
import org.kabinet.model.ClientSummary;
import org.kabinet.ui.common.ClientNames;
import org.kabinet.ui.main.ScreenContext;

/**
 * Who the session is with, when the dialog opens without a client (from the calendar): she types
 * part of a name or phone and picks from the suggestions.
 */
public final class SessionClientPicker {

    private static final int MAX_SUGGESTIONS = 12;

    private final ScreenContext context;
    private final TextField field = new TextField();
    private final Label error = new Label();
    private List<SearchableClient> clients = List.of();
    private ClientSummary chosen;

    public SessionClientPicker(ScreenContext context, LongConsumer onChosen) {
        this.context = context;
        field.setId("sessionClientField");
        field.setPromptText(context.messages().get("sessionDialog.client.prompt"));
        error.setId("sessionClientError");
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.setManaged(false);
        NameOrder order = NameOrder.of(context.messages().locale());
        context.executor().run(() -> context.practice().clients().list().stream()
                .map(s -> SearchableClient.of(s, order)).toList(), all -> clients = all, context.onError());
        StringConverter<ClientSummary> converter = new ClientNames();
        AutoCompletionBinding<ClientSummary> binding = TextFields.bindAutoCompletion(field, request -> {
            ClientQuery query = ClientQuery.of(request.getUserText());
            if (query.isEmpty() || chosen != null && request.getUserText().equals(chosen.name().full())) {
                return List.of();
            }
            return clients.stream().filter(query).map(SearchableClient::summary).limit(MAX_SUGGESTIONS).toList();
        }, converter);
        binding.setOnAutoCompleted(e -> {
            chosen = e.getCompletion();
            error.setVisible(false);
            error.setManaged(false);
            onChosen.accept(chosen.id());
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (chosen != null && !chosen.name().full().equals(now)) {
                chosen = null;
            }
        });
    }

    public TextField field() {
        return field;
    }

    public Label error() {
        return error;
    }

    /** The chosen client's id, 0 while none is. */
    public long chosen() {
        return chosen == null ? 0 : chosen.id();
    }

    public void showMissing() {
        error.setText(context.messages().get("sessionDialog.error.client"));
        error.setVisible(true);
        error.setManaged(true);
    }
}
