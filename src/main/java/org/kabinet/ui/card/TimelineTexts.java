package org.kabinet.ui.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.Timeline;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Homework;
import org.kabinet.model.Lesson;
import org.kabinet.model.Note;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.StatusChange;
import org.kabinet.model.TimelineEntry;

/**
 * What a timeline row says, in the user's language: the date (and time of a session), a title and
 * a one-line detail. Plain Java over the timeline's own maps, so it is testable without a screen.
 */
final class TimelineTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateFormats dates;
    private final DateTimeFormatter month;

    TimelineTexts(Messages messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
        this.month = DateTimeFormatter.ofPattern(messages.get("timeline.monthPattern"), messages.locale());
    }

    /** "November 2026" / «Ноябрь 2026». */
    String month(YearMonth yearMonth) {
        String text = month.format(yearMonth.atDay(1));
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }

    String date(TimelineEntry entry) {
        return dates.format(entry.at().toLocalDate());
    }

    /** The time of a session or lesson; empty for the rest, which have only a day. */
    String time(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SESSION, LESSON, CONTACT -> TIME.format(entry.at());
            default -> "";
        };
    }

    String title(TimelineEntry entry, Timeline timeline) {
        return switch (entry.kind()) {
            case SESSION -> messages.of(entry.session().kind());
            case LESSON -> lesson(entry.session(), timeline);
            case NOTE -> orElse(entry.note().text().headline(), "timeline.note.empty");
            case HOMEWORK -> orElse(entry.homework().title(), "timeline.homework.untitled");
            case PROGRAM -> program(entry.enrolment(), timeline);
            case STATUS -> messages.get("timeline.status", messages.of(entry.statusChange().status()));
            case CONTACT -> join(messages.of(entry.contact().channel()), messages.of(entry.contact().outcome()));
        };
    }

    /** The second line; empty when there is nothing more to say. */
    String detail(TimelineEntry entry, Timeline timeline) {
        return switch (entry.kind()) {
            case SESSION -> status(entry.session());
            case LESSON -> join(programOf(entry.session(), timeline), status(entry.session()));
            case NOTE -> messages.get(entry.note().sessionId() == null ? "timeline.note.between" : "timeline.note.session");
            case HOMEWORK -> homework(entry.homework());
            case PROGRAM -> "";
            case STATUS -> entry.statusChange().reason() == null ? "" : entry.statusChange().reason().strip();
            case CONTACT -> join(messages.of(entry.contact().direction()), entry.contact().purpose(),
                    entry.contact().note());
        };
    }

    /** The private marker of a private note; empty for everything else. */
    String marker(TimelineEntry entry) {
        return entry.item() instanceof Note note && note.privateNote() ? messages.get("note.private.marker") : "";
    }

    private String status(Session s) {
        String status = messages.of(s.status());
        return s.lateCancellation() && s.status() == SessionStatus.CANCELLED_BY_CLIENT
                ? join(status, messages.get("card.sessions.late")) : status;
    }

    private String lesson(Session s, Timeline timeline) {
        Lesson lesson = s.lessonId() == null ? null : timeline.lessons().get(s.lessonId());
        return lesson == null ? messages.of(s.kind()) : ProgramLabels.lesson(lesson, messages);
    }

    private String programOf(Session s, Timeline timeline) {
        Lesson lesson = s.lessonId() == null ? null : timeline.lessons().get(s.lessonId());
        Program program = lesson == null ? null : timeline.programs().get(lesson.programId());
        return program == null ? "" : ProgramLabels.program(program, messages);
    }

    private String program(Enrolment e, Timeline timeline) {
        Program program = timeline.programs().get(e.programId());
        String name = program == null ? "" : ProgramLabels.program(program, messages);
        return messages.get("timeline.program." + e.status().name(), name);
    }

    private String homework(Homework h) {
        String status = messages.of(h.status());
        LocalDate due = h.due();
        return due == null ? status : join(status, messages.get("timeline.homework.due", dates.format(due)));
    }

    private String orElse(String text, String key) {
        return text == null || text.isBlank() ? messages.get(key) : text;
    }

    private static String join(String... parts) {
        List<String> said = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                said.add(part);
            }
        }
        return String.join(" · ", said);
    }
}
