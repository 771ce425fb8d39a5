package org.kabinet.ui.session;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Session;

/** The warnings about a session put in words: which sessions it overlaps, when the lesson was done. */
final class SessionWarningTexts {


    private final Messages messages;
    private final DateFormats dates;

    SessionWarningTexts(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
    }

    String describe(List<SessionWarning> warnings, Map<Long, String> names) {
        return warnings.stream().map(w -> switch (w.kind()) {
            case OVERLAP -> messages.get("session.warning.overlap", w.others().stream()
                    .map(s -> overlapped(s, names)).collect(Collectors.joining("; ")));
            case LESSON_ALREADY_DONE -> messages.get("session.warning.lessonAlreadyDone", w.others().stream()
                    .map(s -> dates.format(s.start().toLocalDate())).collect(Collectors.joining(", ")));
        }).collect(Collectors.joining("\n\n"));
    }

    private String overlapped(Session s, Map<Long, String> names) {
        String when = CloseWarnings.when(s, dates);
        String who = names.get(s.clientId());
        return who == null ? when : who + ", " + when;
    }
}
