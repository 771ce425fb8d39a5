package org.kabinet.ui.calendar;

import java.time.LocalDate;
import java.util.Map;
import org.kabinet.model.Lesson;
import org.kabinet.model.PersonName;

/** One week as read for the calendar: its layout, the clients' names and the lessons its sessions cover. */
public record WeekSnapshot(WeekLayout layout, LocalDate today, Map<Long, PersonName> names,
        Map<Long, Lesson> lessons) {

    public WeekSnapshot {
        names = Map.copyOf(names);
        lessons = Map.copyOf(lessons);
    }

    /** The client's name, or empty when the client is gone. */
    public PersonName name(long clientId) {
        return names.getOrDefault(clientId, new PersonName("", "", ""));
    }
}
