package org.kabinet.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Lesson;
import org.kabinet.model.PersonName;
import org.kabinet.model.Program;
import org.kabinet.model.Session;

/**
 * Reads one week for the calendar (call off the JavaFX thread). The client list is read once and
 * again only when a session names a client not seen yet, so paging through weeks stays quick.
 */
final class WeekLoader {

    private final Practice practice;
    private final Map<Long, PersonName> names = new ConcurrentHashMap<>();

    WeekLoader(Practice practice) {
        this.practice = practice;
    }

    WeekSnapshot load(LocalDate monday) {
        LocalDate sunday = monday.plusDays(7);
        List<Session> sessions = practice.sessions().between(monday, sunday);
        Map<LocalDate, List<LocalDateTime>> free = practice.agenda().freeSlots(monday, sunday, Session.DEFAULT_MINUTES);
        if (names.isEmpty() || sessions.stream().anyMatch(s -> !names.containsKey(s.clientId()))) {
            for (ClientSummary c : practice.clients().list()) {
                names.put(c.id(), c.name());
            }
        }
        WeekLayout layout = WeekLayout.of(monday, practice.agenda().workingHours(), sessions, free,
                practice.sessions().now(), Session.DEFAULT_MINUTES);
        return new WeekSnapshot(layout, practice.agenda().today(), namesOf(sessions), lessonsOf(sessions));
    }

    private Map<Long, PersonName> namesOf(List<Session> sessions) {
        Map<Long, PersonName> week = new HashMap<>();
        for (Session s : sessions) {
            PersonName name = names.get(s.clientId());
            if (name != null) {
                week.put(s.clientId(), name);
            }
        }
        return week;
    }

    private Map<Long, Lesson> lessonsOf(List<Session> sessions) {
        Map<Long, Lesson> lessons = new HashMap<>();
        if (sessions.stream().map(Session::lessonId).allMatch(Objects::isNull)) {
            return lessons;
        }
        for (Program program : practice.programs().programs()) {
            for (Lesson lesson : practice.programs().lessons(program.id())) {
                lessons.put(lesson.id(), lesson);
            }
        }
        return lessons;
    }
}
