package org.kabinet.model;

/** Where a planned follow-up stands. */
public enum FollowUpStatus {
    PLANNED,
    DONE,
    POSTPONED,
    CANCELLED;

    /** Whether it still waits to be done. */
    public boolean isOpen() {
        return this == PLANNED || this == POSTPONED;
    }
}
