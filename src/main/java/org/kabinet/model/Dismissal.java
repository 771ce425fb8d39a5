package org.kabinet.model;

import java.time.Instant;

/** A suggestion she dismissed: the rule, the occasion it was about, and when. */
public record Dismissal(long clientId, SuggestionRule rule, String occasion, Instant at) {
}
