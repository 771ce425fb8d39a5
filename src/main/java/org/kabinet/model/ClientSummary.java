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
}
