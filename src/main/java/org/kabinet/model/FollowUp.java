package org.kabinet.model;

import java.time.LocalDate;

/**
 * A call (or message) she plans: to whom, by when, why — a rule's reason ({@code rule}, null when
 * she planned it herself) and/or her own words — an optional script, and where it stands.
 */
public record FollowUp(long id, long clientId, LocalDate due, SuggestionRule rule, String reason, String script,
        FollowUpStatus status) {

    public FollowUp {
        reason = Text.clean(reason);
        script = script == null ? "" : script.strip();
        status = status == null ? FollowUpStatus.PLANNED : status;
    }

    public static FollowUp planned(long clientId, LocalDate due, SuggestionRule rule, String reason) {
        return new FollowUp(0, clientId, due, rule, reason, "", FollowUpStatus.PLANNED);
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, clientId, due, rule, reason, script, status);
    }

    public FollowUp withStatus(FollowUpStatus newStatus) {
        return new FollowUp(id, clientId, due, rule, reason, script, newStatus);
    }

    public FollowUp postponedTo(LocalDate newDue) {
        return new FollowUp(id, clientId, newDue, rule, reason, script, FollowUpStatus.POSTPONED);
    }
}
