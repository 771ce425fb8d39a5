package org.kabinet.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the client list: just enough to show, sort, search and filter thousands of clients
 * without loading every card. {@code lastSession} is the latest session held, {@code nextSession}
 * the next one planned, {@code progress} where the client stands in their current program; each
 * may be null.
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
        LocalDate lastSession,
        LocalDateTime nextSession,
        ProgressBadge progress) {

    /** The list row of a card just saved, so the list can show it without reloading. */
    public static ClientSummary of(Client c) {
        return new ClientSummary(c.id(), c.name(), c.contacts().mainPhone(),
                String.join("\n", c.contacts().phones()), c.contacts().email(), c.status(),
                c.sourceId(), c.birthDate(), c.firstContact(), null, null, null);
    }

    /** The last time there was contact: the latest session held, else the first contact. */
    public LocalDate lastContact() {
        return lastSession != null ? lastSession : firstContact;
    }

    /** This row with the sessions and progress of {@code other} (the same client, read earlier). */
    public ClientSummary withActivityOf(ClientSummary other) {
        return new ClientSummary(id, name, mainPhone, allPhones, email, status, sourceId, birthDate, firstContact,
                other.lastSession, other.nextSession, other.progress);
    }
}
