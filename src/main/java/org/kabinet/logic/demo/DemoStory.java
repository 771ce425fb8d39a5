package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/**
 * One demo client's work with her, planned before the client is written so that the card's status
 * agrees with the diary: the sessions, the enrolment in the Base (null: none) and the status.
 */
record DemoStory(SessionFormat format, ClientStatus status, Enrolled enrolment, List<Visit> visits) {

    /** A session of the story; {@code lesson} is the Base lesson's position, 0 for none. */
    record Visit(LocalDateTime start, SessionKind kind, SessionStatus status, boolean late, Long fee, boolean paid,
            int lesson) {
    }

    /** The client's enrolment in the Base as it stands today. */
    record Enrolled(LocalDate enrolledOn, Long price, EnrolmentStatus status, LocalDate since) {
    }
}
