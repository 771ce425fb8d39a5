package org.kabinet.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The client card: everything the psychologist keeps about one person. An {@code id} of 0 means
 * the card has not been saved yet. Build instances with {@link ClientBuilder}.
 */
public record Client(
        long id,
        PersonName name,
        AddressForm address,
        ContactDetails contacts,
        LocalDate birthDate,
        Sex sex,
        String city,
        String occupation,
        LocalDate firstContact,
        Long sourceId,
        Long referredById,
        String request,
        List<Goal> goals,
        Set<ProblemTag> problems,
        SessionFormat format,
        String language,
        Consents consents,
        ClientStatus status,
        String endReason,
        String askNextTime) {

    public Client {
        name = name == null ? new PersonName("", "", "") : name;
        address = address == null ? AddressForm.DEFAULT : address;
        contacts = contacts == null ? ContactDetails.NONE : contacts;
        city = Text.clean(city);
        occupation = Text.clean(occupation);
        request = Text.clean(request);
        goals = goals == null ? List.of() : goals.stream().filter(g -> !g.text().isEmpty()).toList();
        problems = problems == null || problems.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(problems));
        language = Text.clean(language);
        consents = consents == null ? Consents.NONE : consents;
        status = status == null ? ClientStatus.ENQUIRY : status;
        endReason = Text.clean(endReason);
        askNextTime = Text.clean(askNextTime);
    }

    /** An empty card for someone who has just got in touch today. */
    public static Client newCard(LocalDate today) {
        return new ClientBuilder().firstContact(today).status(ClientStatus.ENQUIRY).build();
    }

    public boolean isNew() {
        return id == 0;
    }

    /** A copy of this card with the id the database gave it. */
    public Client withId(long newId) {
        return ClientBuilder.from(this).id(newId).build();
    }

    /** A copy of this card with another status and the reason for it. */
    public Client withStatus(ClientStatus newStatus, String reason) {
        return ClientBuilder.from(this).status(newStatus).endReason(reason).build();
    }
}
