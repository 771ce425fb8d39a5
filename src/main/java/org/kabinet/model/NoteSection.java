package org.kabinet.model;

/**
 * The parts of a structured note, in the order she writes them: the theme, what the client
 * brought, what was done (techniques), observations, how the homework went, the plan for next time.
 */
public enum NoteSection {
    THEME,
    BROUGHT,
    TECHNIQUES,
    OBSERVATIONS,
    HOMEWORK_REVIEW,
    PLAN
}
