package org.kabinet.logic;

import java.util.Optional;
import org.kabinet.model.Session;

/** What closing a session saved: the session held, the one booked, and whether the program is now complete. */
public record ClosedSession(Session held, Optional<Session> booked, boolean programCompleted) {
}
