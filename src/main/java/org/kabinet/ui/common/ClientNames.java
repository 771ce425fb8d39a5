package org.kabinet.ui.common;

import javafx.util.StringConverter;
import org.kabinet.model.ClientSummary;

/** Shows a client in suggestion lists by full name; typed text is never turned back into a client. */
public final class ClientNames extends StringConverter<ClientSummary> {

    @Override
    public String toString(ClientSummary client) {
        return client == null ? "" : client.name().full();
    }

    @Override
    public ClientSummary fromString(String text) {
        // A name may be one of three Olgas: a client is chosen from the list, never from text.
        return null;
    }
}
