package org.kabinet.model;

/** Where a session stands: planned, held, or why it did not happen. */
public enum SessionStatus {
    PLANNED,
    DONE,
    CANCELLED_BY_CLIENT,
    CANCELLED_BY_ME,
    NO_SHOW;

    /** Whether the session took, or still takes, time in the diary. */
    public boolean occupiesTime() {
        return this == PLANNED || this == DONE;
    }
}
