package org.kabinet.logic;

import org.kabinet.model.ClientSummary;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;

/**
 * One session in the day's agenda with what she needs to glance at before it: the client (with
 * their program progress), the lesson planned (null if none) and "next time, ask about…".
 */
public record AgendaItem(Session session, ClientSummary client, Lesson lesson, String askNextTime) {
}
