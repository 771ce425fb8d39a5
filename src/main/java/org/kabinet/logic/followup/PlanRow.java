package org.kabinet.logic.followup;

import java.time.LocalDate;
import java.util.List;
import org.kabinet.model.Channel;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Contact;
import org.kabinet.model.FollowUp;
import org.kabinet.model.SuggestionReason;

/**
 * One row of the call planner: who (the client's list row: name, phone, progress), how she likes
 * to be reached ({@code preferred}, null: not said), the last contact logged (null: none), and why:
 * a planned follow-up (null for a suggestion) and/or the rules' reasons. {@code due} is when.
 */
public record PlanRow(ClientSummary client, Channel preferred, Contact lastContact, FollowUp followUp,
        List<SuggestionReason> reasons, LocalDate due) {

    public PlanRow {
        reasons = List.copyOf(reasons);
    }

    /** Whether this row is a suggestion of the rules rather than a call she planned. */
    public boolean isSuggestion() {
        return followUp == null;
    }
}
