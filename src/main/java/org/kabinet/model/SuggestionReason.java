package org.kabinet.model;

import java.time.LocalDate;

/**
 * Why a rule suggests calling a client. {@code due} is when the call became due; {@code since} the
 * day the reason counts from (the last lesson, the end of the program, the birthday itself…);
 * {@code amount} the number that goes with it (days without a lesson, months since, the age she
 * turns); {@code occasion} tells this occasion apart from the rule's next one, so that a dismissal
 * holds for this one only.
 */
public record SuggestionReason(SuggestionRule rule, LocalDate due, LocalDate since, int amount, String occasion) {
}
