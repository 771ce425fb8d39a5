package org.kabinet.ui.session;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Session;

/** Puts the warnings raised on closing a session into words: which sessions overlap, when the lesson was done. */
final class CloseWarnings {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CloseWarnings() {
    }

    static String describe(List<SessionWarning> warnings, Messages messages, DateFormats dates) {
        List<String> lines = new ArrayList<>();
        for (SessionWarning w : warnings) {
            if (w.kind() == SessionWarning.Kind.OVERLAP) {
                String others = w.others().stream().map(s -> when(s, dates)).collect(Collectors.joining(", "));
                lines.add(messages.get("session.warning.overlap", others));
            } else {
                String days = w.others().stream().map(s -> dates.format(s.start().toLocalDate()))
                        .distinct().collect(Collectors.joining(", "));
                lines.add(messages.get("session.warning.lessonAlreadyDone", days));
            }
        }
        return String.join("\n\n", lines);
    }

    /** "24/11/2026 10:00–11:00". */
    static String when(Session s, DateFormats dates) {
        return dates.format(s.start().toLocalDate()) + " " + TIME.format(s.start()) + "–" + TIME.format(s.end());
    }
}
