package org.kabinet.model;

/** Where a client stands with the practice. */
public enum ClientStatus {
    ENQUIRY,
    ACTIVE,
    PAUSED,
    COMPLETED,
    DROPPED_OUT,
    REFERRED_ON,
    ARCHIVED;

    /** Statuses that end the work, for which she records a reason. */
    public boolean endsWork() {
        return this == COMPLETED || this == DROPPED_OUT || this == REFERRED_ON || this == ARCHIVED;
    }
}
