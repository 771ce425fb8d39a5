package org.kabinet.model;

/** Whether the work happens face to face or online. */
public enum SessionFormat {
    IN_PERSON,
    ONLINE
}
