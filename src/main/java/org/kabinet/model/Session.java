package org.kabinet.model;

import java.time.LocalDateTime;

/**
 * A meeting with a client, planned or past. {@code lessonId} names the program lesson it covers,
 * within {@code enrolmentId}; {@code fee} is in whole units of her currency, null when not set.
 */
public record Session(
        long id,
        long clientId,
        LocalDateTime start,
        int minutes,
        SessionFormat format,
        SessionKind kind,
        SessionStatus status,
        boolean lateCancellation,
        Long fee,
        boolean paid,
        Long enrolmentId,
        Long lessonId) {

    /** The usual length of a session, in minutes. */
    public static final int DEFAULT_MINUTES = 60;

    public LocalDateTime end() {
        return start.plusMinutes(minutes);
    }

    /** Whether this session and {@code other} take some of the same time. */
    public boolean overlaps(Session other) {
        return start.isBefore(other.end()) && other.start().isBefore(end());
    }

    public Session withId(long newId) {
        return new Session(newId, clientId, start, minutes, format, kind, status, lateCancellation, fee, paid,
                enrolmentId, lessonId);
    }

    public Session withStatus(SessionStatus newStatus) {
        return new Session(id, clientId, start, minutes, format, kind, newStatus, lateCancellation, fee, paid,
                enrolmentId, lessonId);
    }

    public Session withStart(LocalDateTime newStart) {
        return new Session(id, clientId, newStart, minutes, format, kind, status, lateCancellation, fee, paid,
                enrolmentId, lessonId);
    }

    public Session withLesson(Long newEnrolmentId, Long newLessonId) {
        return new Session(id, clientId, start, minutes, format, kind, status, lateCancellation, fee, paid,
                newEnrolmentId, newLessonId);
    }

    /** A planned session of the usual length for {@code clientId}, to be filled in further. */
    public static Session planned(long clientId, LocalDateTime start, SessionKind kind) {
        return new Session(0, clientId, start, DEFAULT_MINUTES, SessionFormat.IN_PERSON, kind,
                SessionStatus.PLANNED, false, null, false, null, null);
    }
}
