package org.kabinet.model;

import java.time.LocalDate;

/**
 * Homework given to a client: an exercise of the library ({@code exerciseId}) or free text
 * ({@code title} only), with the instructions as adjusted for this client, a due date, the
 * session and program lesson it belongs to (each may be null), where it stands, the client's
 * feedback and her own comment once discussed.
 */
public record Homework(
        long id,
        long clientId,
        Long sessionId,
        Long lessonId,
        Long exerciseId,
        String title,
        String instructions,
        LocalDate assignedOn,
        LocalDate due,
        HomeworkStatus status,
        String feedback,
        String comment) {

    public Homework {
        title = Text.clean(title);
        instructions = instructions == null ? "" : instructions.strip();
        feedback = feedback == null ? "" : feedback.strip();
        comment = comment == null ? "" : comment.strip();
        status = status == null ? HomeworkStatus.ASSIGNED : status;
    }

    public Homework withId(long newId) {
        return new Homework(newId, clientId, sessionId, lessonId, exerciseId, title, instructions, assignedOn, due,
                status, feedback, comment);
    }

    public Homework withStatus(HomeworkStatus newStatus) {
        return new Homework(id, clientId, sessionId, lessonId, exerciseId, title, instructions, assignedOn, due,
                newStatus, feedback, comment);
    }

    /** Discussed at a session: what the client said and her own comment. */
    public Homework discussed(String clientFeedback, String ownComment) {
        return new Homework(id, clientId, sessionId, lessonId, exerciseId, title, instructions, assignedOn, due,
                HomeworkStatus.DISCUSSED, clientFeedback, ownComment);
    }
}
