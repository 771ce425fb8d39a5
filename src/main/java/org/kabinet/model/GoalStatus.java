package org.kabinet.model;

/** Where a client's goal stands. */
public enum GoalStatus {
    SET,
    IN_PROGRESS,
    ACHIEVED,
    DROPPED
}
