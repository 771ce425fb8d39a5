package org.kabinet.model;

import java.time.LocalDateTime;

/**
 * One thing on a client's timeline, at the moment it happened (a day's events without a time sit
 * at the start of the day). {@code item} is the record itself: a {@link Session} (for SESSION and
 * LESSON), a {@link Note}, a {@link Homework}, an {@link Enrolment} (PROGRAM: its status at
 * {@code at}), a {@link StatusChange} or a {@link Contact}.
 */
public record TimelineEntry(TimelineKind kind, LocalDateTime at, Object item) {

    public Session session() {
        return (Session) item;
    }

    public Note note() {
        return (Note) item;
    }

    public Homework homework() {
        return (Homework) item;
    }

    public Enrolment enrolment() {
        return (Enrolment) item;
    }

    public StatusChange statusChange() {
        return (StatusChange) item;
    }

    public Contact contact() {
        return (Contact) item;
    }
}
