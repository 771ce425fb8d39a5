package org.kabinet.logic;

import org.kabinet.model.Session;

/**
 * Everything she does when a session ends, saved together: the session marked done (and its
 * lesson with it), the next session booked (null: none), and the "next time, ask about…" line
 * (null: left as it is). {@code accepted} lists the warnings she has seen and accepted.
 */
public record CloseSession(long sessionId, Session next, String askNextTime,
        java.util.Set<SessionWarning.Kind> accepted) {
}
