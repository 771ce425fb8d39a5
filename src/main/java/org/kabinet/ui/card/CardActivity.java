package org.kabinet.ui.card;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.logic.Practice;
import org.kabinet.model.Lesson;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;

/**
 * What the sessions and program tabs show of one client, read in one go: the sessions, the
 * progress in each program, and the lessons of those programs by id (so a table row names its
 * lesson without asking the database again).
 */
record CardActivity(long clientId, List<Session> sessions, List<ProgramProgress> programs, Map<Long, Lesson> lessons) {

    static final CardActivity NONE = new CardActivity(0, List.of(), List.of(), Map.of());

    /** Reads a client's activity; call from a background thread. */
    static CardActivity read(Practice practice, long clientId) {
        List<Session> sessions = practice.sessions().forClient(clientId);
        List<ProgramProgress> programs = practice.enrolments().progress(clientId);
        Map<Long, Lesson> lessons = new HashMap<>();
        programs.stream().map(p -> p.program().id()).distinct()
                .forEach(id -> practice.programs().lessons(id).forEach(l -> lessons.put(l.id(), l)));
        return new CardActivity(clientId, sessions, programs, Map.copyOf(lessons));
    }
}
