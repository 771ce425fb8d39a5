package org.kabinet.model;

/** Where a client's participation in a program stands. */
public enum EnrolmentStatus {
    ACTIVE,
    PAUSED,
    COMPLETED,
    STOPPED
}
