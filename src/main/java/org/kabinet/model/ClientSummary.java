package org.kabinet.model;

import java.time.LocalDate;

/**
 * One row of the client list: just enough to show, sort, search and filter thousands of clients
 * without loading every card.
 */
public record ClientSummary(
        long id,
        PersonName name,
        String mainPhone,
        String allPhones,
        String email,
        ClientStatus status,
        Long sourceId,
        LocalDate birthDate,
        LocalDate firstContact,
        LocalDate lastContact) {

    /** The list row of a card just saved, so the list can show it without reloading. */
    public static ClientSummary of(Client c) {
        return new ClientSummary(c.id(), c.name(), c.contacts().mainPhone(),
                String.join("\n", c.contacts().phones()), c.contacts().email(), c.status(),
                c.sourceId(), c.birthDate(), c.firstContact(), c.firstContact());
    }
}
