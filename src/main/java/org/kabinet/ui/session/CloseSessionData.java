package org.kabinet.ui.session;

import java.time.LocalDateTime;
import java.util.List;
import org.kabinet.logic.AgendaItem;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;

/**
 * What the close-session panel opens with, read in one go in the background: the session with
 * its client and lesson, the next session suggested (and its lesson, null if none), and the free
 * slots of the suggested day.
 */
public record CloseSessionData(AgendaItem item, Session suggestion, Lesson nextLesson, List<LocalDateTime> freeSlots) {
}
