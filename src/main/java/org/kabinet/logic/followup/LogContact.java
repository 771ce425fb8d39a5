package org.kabinet.logic.followup;

import java.util.List;
import java.util.Set;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Contact;
import org.kabinet.model.FollowUp;
import org.kabinet.model.Session;
import org.kabinet.model.SuggestionReason;

/**
 * One logged contact and what follows from it, saved together: the contact itself (its
 * {@code followUpId} is the planned call it settles, which is then done), the reasons of the
 * suggestion it answers (null: none), a session booked on the call (null: none, with the session
 * warnings she accepted) and the next follow-up planned (null: none).
 */
public record LogContact(Contact contact, List<SuggestionReason> answering, Session book,
        Set<SessionWarning.Kind> accepted, FollowUp next) {

    public LogContact {
        answering = answering == null ? List.of() : List.copyOf(answering);
        accepted = accepted == null ? Set.of() : Set.copyOf(accepted);
    }

    /** Just the contact. */
    public static LogContact of(Contact contact) {
        return new LogContact(contact, List.of(), null, Set.of(), null);
    }
}
