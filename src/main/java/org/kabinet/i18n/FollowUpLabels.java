package org.kabinet.i18n;

import java.util.List;
import java.util.stream.Collectors;
import org.kabinet.model.FollowUp;
import org.kabinet.model.SuggestionReason;

/**
 * Why to call, in words, for the planner screen and the {@code agenda} command alike: "Stalled in
 * the program: no lesson for 34 days (since 12/10/2026)", «День рождения 27.11.2026: исполнится 45».
 */
public final class FollowUpLabels {

    private FollowUpLabels() {
    }

    /** One reason in a sentence. */
    public static String reason(SuggestionReason r, Messages messages, DateFormats dates) {
        String since = r.since() == null ? "" : dates.format(r.since());
        return switch (r.rule()) {
            case NOT_BOOKED -> messages.plural("followUp.why.NOT_BOOKED", r.amount());
            case STALLED -> messages.plural("followUp.why.STALLED", r.amount(), since);
            case NO_SECOND_SESSION -> messages.plural("followUp.why.NO_SECOND_SESSION", r.amount(), since);
            case CHECK_IN -> messages.plural("followUp.why.CHECK_IN", r.amount(), since);
            case LAPSED -> messages.plural("followUp.why.LAPSED", r.amount(), since);
            case ENQUIRY_NOT_BOOKED -> messages.get("followUp.why.ENQUIRY_NOT_BOOKED", since, r.amount());
            case BIRTHDAY -> messages.get("followUp.why.BIRTHDAY", dates.format(r.due()), r.amount());
            case HOMEWORK_UNREVIEWED -> messages.get("followUp.why.HOMEWORK_UNREVIEWED", since);
        };
    }

    /** Every reason, one after another. */
    public static String reasons(List<SuggestionReason> reasons, Messages messages, DateFormats dates) {
        return reasons.stream().map(r -> reason(r, messages, dates)).collect(Collectors.joining("; "));
    }

    /** Why a planned call: her own words, else the rule's name. */
    public static String planned(FollowUp f, Messages messages) {
        if (!f.reason().isEmpty()) {
            return f.reason();
        }
        return f.rule() == null ? "" : messages.of(f.rule());
    }
}
