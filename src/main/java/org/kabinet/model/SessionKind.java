package org.kabinet.model;

/** What a session is for. */
public enum SessionKind {
    FIRST,
    LESSON,
    SINGLE,
    FINAL
}
