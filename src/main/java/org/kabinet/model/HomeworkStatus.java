package org.kabinet.model;

/** Where a piece of homework stands. */
public enum HomeworkStatus {
    ASSIGNED,
    DONE,
    PARTLY_DONE,
    NOT_DONE,
    DISCUSSED;

    /** Whether it still waits to be talked over at a session. */
    public boolean toReview() {
        return this != DISCUSSED;
    }
}
