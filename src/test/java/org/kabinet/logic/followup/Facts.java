package org.kabinet.logic.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.Dismissal;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpFacts;
import org.kabinet.model.SuggestionRule;

/** Hand-made facts about one client for the rule tests: by default an active client who agreed to everything. */
final class Facts {

    long clientId = 1;
    ClientStatus status = ClientStatus.ACTIVE;
    Consents consents = new Consents(LocalDate.of(2025, 1, 1), true, true, false);
    LocalDate birthDate;
    LocalDate firstContact = LocalDate.of(2025, 1, 1);
    LocalDate lastHeld;
    LocalDate nextPlanned;
    int held;
    LocalDate firstConsultation;
    EnrolmentStatus programStatus;
    LocalDate programSince;
    LocalDate enrolledOn;
    LocalDate lastLesson;
    LocalDate openHomework;
    long openHomeworkId;
    LocalDate lastContact;
    int outgoing;
    boolean followUpPlanned;
    Instant lastActivity = Instant.parse("2025-01-01T10:00:00Z");
    final List<Dismissal> dismissals = new ArrayList<>();

    Facts inProgram(LocalDate enrolled, LocalDate lastLessonDay) {
        programStatus = EnrolmentStatus.ACTIVE;
        programSince = enrolled;
        enrolledOn = enrolled;
        lastLesson = lastLessonDay;
        lastHeld = lastLessonDay;
        held = lastLessonDay == null ? 0 : 5;
        return this;
    }

    Facts programEnded(EnrolmentStatus how, LocalDate on) {
        programStatus = how;
        programSince = on;
        enrolledOn = on.minusMonths(4);
        lastLesson = on;
        lastHeld = on;
        held = 10;
        status = ClientStatus.COMPLETED;
        return this;
    }

    Facts dismissed(SuggestionRule rule, String occasion, Instant at) {
        dismissals.add(new Dismissal(clientId, rule, occasion, at));
        return this;
    }

    FollowUpFacts build() {
        return new FollowUpFacts(clientId, status, consents, birthDate, firstContact, lastHeld, nextPlanned, held,
                firstConsultation, programStatus, programSince, enrolledOn, lastLesson, openHomework, openHomeworkId,
                lastContact, outgoing, followUpPlanned, lastActivity, dismissals);
    }
}
