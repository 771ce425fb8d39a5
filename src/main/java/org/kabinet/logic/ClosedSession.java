package org.kabinet.logic;

import java.util.List;
import java.util.Optional;
import org.kabinet.model.Homework;
import org.kabinet.model.Session;

/**
 * What closing a session saved: the session held, the one booked, whether the program is now
 * complete, and the homework given.
 */
public record ClosedSession(Session held, Optional<Session> booked, boolean programCompleted, List<Homework> given) {
}
