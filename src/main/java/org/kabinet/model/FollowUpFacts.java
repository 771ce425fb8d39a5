package org.kabinet.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the suggestion rules look at for one client, read for every client in a few grouped
 * queries. Dates are days; null means "none".
 *
 * @param lastHeld the day of the latest session held
 * @param nextPlanned the day of the next planned session from today on
 * @param held how many sessions were held
 * @param firstConsultation the day of the first consultation held, when the only session held was one
 * @param programStatus the status of the enrolment that counts (an open one first, else the latest)
 * @param programSince since when it has that status
 * @param lastLesson the day of the latest lesson held in that enrolment
 * @param openHomework the day the latest homework still waiting to be talked over was given
 * @param openHomeworkId that homework's id (0: none)
 * @param lastContact the day of the latest contact logged
 * @param outgoingContacts how many contacts she made (outgoing) since the first contact
 * @param followUpPlanned whether a follow-up is already planned (open)
 * @param lastActivity when anything about the client last changed (card, sessions, enrolments,
 *     homework, notes, contacts): a dismissed suggestion comes back after it; read only for
 *     clients with a dismissal (null for the others, for whom it would change nothing)
 */
public record FollowUpFacts(long clientId, ClientStatus status, Consents consents, LocalDate birthDate,
        LocalDate firstContact, LocalDate lastHeld, LocalDate nextPlanned, int held, LocalDate firstConsultation,
        EnrolmentStatus programStatus, LocalDate programSince, LocalDate enrolledOn, LocalDate lastLesson,
        LocalDate openHomework, long openHomeworkId, LocalDate lastContact, int outgoingContacts,
        boolean followUpPlanned, Instant lastActivity, List<Dismissal> dismissals) {

    public FollowUpFacts {
        dismissals = List.copyOf(dismissals);
    }
}
