package org.kabinet.model;

/** Who reached out: she did, or the client did. */
public enum ContactDirection {
    OUTGOING,
    INCOMING
}
