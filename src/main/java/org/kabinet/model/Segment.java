package org.kabinet.model;

/**
 * A slice of the client list by what is happening with the client, beside the status filter:
 * active, in a program, paused, lapsed (no session for 6 months), former (12 months), and those
 * the base suggests archiving (no contact for 18 months).
 */
public enum Segment {
    ACTIVE, IN_PROGRAM, PAUSED, LAPSED, FORMER, TO_ARCHIVE
}
