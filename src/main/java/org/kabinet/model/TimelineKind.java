package org.kabinet.model;

/** The kinds of things on a client's timeline, each one a filter she can switch. */
public enum TimelineKind {
    /** A session that is not a program lesson. */
    SESSION,
    /** A session that covers a program lesson. */
    LESSON,
    NOTE,
    HOMEWORK,
    /** Enrolling in a program, and its pauses, completion or stop. */
    PROGRAM,
    /** A change of the client's status. */
    STATUS,
    /** A contact logged: a call, a message, an email, a meeting. */
    CONTACT
}
