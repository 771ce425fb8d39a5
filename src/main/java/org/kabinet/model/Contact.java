package org.kabinet.model;

import java.time.LocalDateTime;

/**
 * One contact with a client, as logged: when, by which channel, which way, what for, how it went
 * and a short note. {@code followUpId} is the planned follow-up it settled (null: none).
 */
public record Contact(long id, long clientId, LocalDateTime at, Channel channel, ContactDirection direction,
        String purpose, ContactOutcome outcome, String note, Long followUpId) {

    public Contact {
        purpose = Text.clean(purpose);
        note = note == null ? "" : note.strip();
        channel = channel == null ? Channel.CALL : channel;
        direction = direction == null ? ContactDirection.OUTGOING : direction;
    }

    public Contact withId(long newId) {
        return new Contact(newId, clientId, at, channel, direction, purpose, outcome, note, followUpId);
    }
}
