package org.kabinet.logic;

import java.util.List;
import java.util.Map;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.TimelineEntry;

/**
 * Everything about one client in one list, the latest first, and the lessons and programs the
 * entries refer to (by id), so that the screen can name them without asking again.
 */
public record Timeline(List<TimelineEntry> entries, Map<Long, Lesson> lessons, Map<Long, Program> programs) {

    public Timeline {
        entries = List.copyOf(entries);
        lessons = Map.copyOf(lessons);
        programs = Map.copyOf(programs);
    }
}
