package org.kabinet.ui.planner;

import java.util.List;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.FollowUpLabels;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.model.Channel;
import org.kabinet.model.FollowUp;
import org.kabinet.model.SuggestionReason;
import org.kabinet.model.SuggestionRule;

/**
 * Whom a contact is logged with and what it answers: the client, the planned call it settles
 * (null: none), the suggestion's reasons (empty: none), why in words (the purpose's first words)
 * and the channel the client prefers (null: not said).
 */
public record CallTarget(long clientId, String name, FollowUp followUp, List<SuggestionReason> reasons,
        String purpose, Channel preferred) {

    public CallTarget {
        reasons = List.copyOf(reasons);
    }

    /** The call of one planner row. */
    public static CallTarget of(PlanRow row, Messages messages, DateFormats dates) {
        String why = row.isSuggestion() ? FollowUpLabels.reasons(row.reasons(), messages, dates)
                : FollowUpLabels.planned(row.followUp(), messages);
        return new CallTarget(row.client().id(), row.client().name().full(), row.followUp(), row.reasons(), why,
                row.preferred());
    }

    /** A contact with a client outside the planner (from the card). */
    public static CallTarget of(long clientId, String name, Channel preferred) {
        return new CallTarget(clientId, name, null, List.of(), "", preferred);
    }

    /** The rule behind this call, if a rule is behind it: the next call planned from it keeps it. */
    SuggestionRule rule() {
        if (followUp != null) {
            return followUp.rule();
        }
        return reasons.isEmpty() ? null : reasons.get(0).rule();
    }
}
