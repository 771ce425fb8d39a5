package org.kabinet.model;

import java.time.Instant;

/** A change of a client's status, with the reason she gave (may be empty). */
public record StatusChange(ClientStatus status, String reason, Instant changedAt) {
}
