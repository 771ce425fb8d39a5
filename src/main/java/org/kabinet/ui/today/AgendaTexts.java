package org.kabinet.ui.today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.AgendaItem;
import org.kabinet.model.Session;

/**
 * The words of the Today screen: day headings ("Today, Wednesday 25 November"), times, and what a
 * session is for. Kept apart from the nodes so that each language's wording can be tested.
 */
public final class AgendaTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateTimeFormatter dayFormat;

    public AgendaTexts(Messages messages) {
        this.messages = messages;
        // The pattern comes from the bundle: Russian puts a comma after the weekday, English does not.
        this.dayFormat = DateTimeFormatter.ofPattern(messages.get("today.dayPattern"), messages.locale());
    }

    /** "Today, Wednesday 25 November" for {@code day} when it is {@code today}, "Tomorrow, …" the day after. */
    public String heading(LocalDate day, LocalDate today) {
        String date = dayFormat.format(day);
        if (day.equals(today)) {
            return messages.get("today.heading.today", date);
        }
        if (day.equals(today.plusDays(1))) {
            return messages.get("today.heading.tomorrow", date);
        }
        return capitalised(date);
    }

    /** "10:00–11:00". */
    public String times(Session session) {
        return TIME.format(session.start()) + "–" + TIME.format(session.end());
    }

    /** The lesson planned, else what kind of session it is. */
    public String purpose(AgendaItem item) {
        if (item.lesson() != null) {
            return ProgramLabels.lesson(item.lesson(), messages);
        }
        return messages.of(item.session().kind());
    }

    /** "Base 7/15", or "" for a client in no program. */
    public String badge(AgendaItem item) {
        return item.client().progress() == null ? "" : ProgramLabels.badge(item.client().progress(), messages);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }
}
