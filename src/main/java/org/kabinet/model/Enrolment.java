package org.kabinet.model;

import java.time.LocalDate;

/**
 * A client's participation in a program: when it began, the price agreed for the package (whole
 * units, null when none) and where it stands since {@code statusSince}. A client who comes back
 * resumes the same enrolment at the next lesson.
 */
public record Enrolment(long id, long clientId, long programId, LocalDate enrolledOn, Long price,
        EnrolmentStatus status, LocalDate statusSince) {

    public Enrolment withId(long newId) {
        return new Enrolment(newId, clientId, programId, enrolledOn, price, status, statusSince);
    }

    public Enrolment withStatus(EnrolmentStatus newStatus, LocalDate since) {
        return new Enrolment(id, clientId, programId, enrolledOn, price, newStatus, since);
    }

    /** Whether the client is still going through the program, or may come back to it. */
    public boolean isOpen() {
        return status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.PAUSED;
    }
}
