package org.kabinet.logic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Session;

/**
 * Everything she does when a session ends, saved together: the session marked done (and its
 * lesson with it), the next session booked (null: none), the "next time, ask about…" line (null:
 * left as it is), how last time's homework went ({@code reviewed}: homework id → status), and the
 * new homework given. {@code accepted} lists the warnings she has seen and accepted.
 */
public record CloseSession(long sessionId, Session next, String askNextTime, Set<SessionWarning.Kind> accepted,
        List<Homework> homework, Map<Long, HomeworkStatus> reviewed) {

    public CloseSession {
        homework = List.copyOf(homework);
        reviewed = Map.copyOf(reviewed);
    }

    /** Closing without homework. */
    public CloseSession(long sessionId, Session next, String askNextTime, Set<SessionWarning.Kind> accepted) {
        this(sessionId, next, askNextTime, accepted, List.of(), Map.of());
    }

    /** The same request with these warnings accepted. */
    public CloseSession accepting(Set<SessionWarning.Kind> kinds) {
        return new CloseSession(sessionId, next, askNextTime, kinds, homework, reviewed);
    }
}
