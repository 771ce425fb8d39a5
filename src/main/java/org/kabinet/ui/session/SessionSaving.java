package org.kabinet.ui.session;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SessionWarning;
import org.kabinet.logic.UnconfirmedWarningsException;
import org.kabinet.model.Session;

/**
 * Saving a session from the dialog, in the background: either it is saved, or there are
 * warnings to put to her, with the names of the clients whose sessions it overlaps.
 */
final class SessionSaving {

    /** Saved, or not saved for {@code warnings}; {@code names} are the other clients by id. */
    record Outcome(Session saved, List<SessionWarning> warnings, Map<Long, String> names) {
    }

    private SessionSaving() {
    }

    static Outcome save(Practice practice, Session session, Set<SessionWarning.Kind> accepted) {
        try {
            return new Outcome(practice.sessions().save(session, accepted), List.of(), Map.of());
        } catch (UnconfirmedWarningsException e) {
            Map<Long, String> names = new HashMap<>();
            e.warnings().stream().flatMap(w -> w.others().stream()).map(Session::clientId).distinct()
                    .forEach(id -> practice.clients().summary(id).ifPresent(s -> names.put(id, s.name().full())));
            return new Outcome(null, e.warnings(), names);
        }
    }
}
