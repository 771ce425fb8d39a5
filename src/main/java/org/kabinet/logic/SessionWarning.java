package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.Session;

/**
 * Something about a session she should see before it is saved: it overlaps other sessions, or
 * its lesson was already done in this enrolment. Saving goes ahead only once she has accepted it.
 */
public record SessionWarning(Kind kind, List<Session> others) {

    /** What kind of thing to warn about. */
    public enum Kind {
        OVERLAP,
        LESSON_ALREADY_DONE
    }
}
