package org.kabinet.model;

/**
 * One lesson of a program. Built-in lessons carry a {@code code} and show the shipped title in the
 * user's language until she gives her own {@code title}. A retired lesson is no longer offered
 * but stays in the history of the clients who did it.
 */
public record Lesson(long id, long programId, String code, String title, String description, int position,
        boolean retired) {

    public Lesson {
        title = Text.clean(title);
        description = description == null ? "" : description.strip();
    }

    public boolean hasOwnTitle() {
        return !title.isEmpty();
    }

    public Lesson withTitle(String newTitle) {
        return new Lesson(id, programId, code, newTitle, description, position, retired);
    }

    public Lesson withDescription(String newDescription) {
        return new Lesson(id, programId, code, title, newDescription, position, retired);
    }
}
