package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.FreeSlots;
import org.kabinet.model.Lesson;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.WorkingHours;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/** The diary seen by day: today's and tomorrow's sessions, free slots, the next session to book. */
public final class AgendaService {

    private final Database db;
    private final Clock clock;
    private final WorkingHours hours = WorkingHours.DEFAULT;

    public AgendaService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public WorkingHours workingHours() {
        return hours;
    }

    /** The sessions of {@code day} in time order, cancelled ones included, each with its client. */
    public List<AgendaItem> day(LocalDate day) {
        return db.read(tx -> {
            List<AgendaItem> items = new ArrayList<>();
            Map<Long, Client> clients = new HashMap<>();
            Map<Long, ClientSummary> summaries = new HashMap<>();
            for (Session s : tx.sessions().between(day.atStartOfDay(), day.plusDays(1).atStartOfDay())) {
                Client client = clients.computeIfAbsent(s.clientId(), id -> tx.clients().find(id).orElse(null));
                ClientSummary summary = summaries.computeIfAbsent(s.clientId(),
                        id -> tx.clients().summary(id).orElse(null));
                if (client == null || summary == null) {
                    continue;
                }
                Lesson lesson = s.lessonId() == null ? null : tx.programs().lesson(s.lessonId()).orElse(null);
                items.add(new AgendaItem(s, summary, lesson, client.askNextTime()));
            }
            return items;
        });
    }

    /** Free slots of a usual session's length on each day of [from, to). */
    public Map<LocalDate, List<LocalDateTime>> freeSlots(LocalDate from, LocalDate to, int minutes) {
        List<Session> sessions = db.read(tx -> tx.sessions().between(from.atStartOfDay(), to.atStartOfDay()));
        Map<LocalDate, List<LocalDateTime>> free = new HashMap<>();
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            free.put(d, FreeSlots.on(d, sessions, hours, minutes));
        }
        return free;
    }

    /**
     * The session to book after {@code current}: the same weekday and time one week later, or two
     * if that is taken (program clients book 1–2 weeks ahead), covering the next lesson of the
     * client's program when there is one.
     */
    public Session suggestNext(Session current) {
        return db.read(tx -> suggestNext(tx, current));
    }

    private Session suggestNext(Transaction tx, Session current) {
        LocalDateTime start = current.start().plusWeeks(1);
        for (int weeks = 1; weeks <= 2; weeks++) {
            LocalDateTime candidate = current.start().plusWeeks(weeks);
            List<Session> around = tx.sessions().between(candidate.minusHours(12), candidate.plusHours(12));
            if (FreeSlots.isFree(candidate, current.minutes(), around)) {
                start = candidate;
                break;
            }
        }
        Session next = new Session(0, current.clientId(), start.truncatedTo(ChronoUnit.MINUTES), current.minutes(),
                current.format(), current.kind() == SessionKind.FIRST ? SessionKind.SINGLE : current.kind(),
                org.kabinet.model.SessionStatus.PLANNED, false, current.fee(), false, null, null);
        if (current.enrolmentId() != null) {
            for (ProgramProgress p : EnrolmentService.progress(tx, current.clientId())) {
                if (p.enrolment().id() == current.enrolmentId()) {
                    // The lesson of the session being closed counts as done already.
                    Long nextLesson = p.steps().stream()
                            .filter(s -> s.state() == org.kabinet.model.LessonStep.State.NOT_YET)
                            .map(s -> s.lesson().id())
                            .filter(id -> !id.equals(current.lessonId()))
                            .findFirst().orElse(null);
                    if (nextLesson != null) {
                        next = new Session(0, next.clientId(), next.start(), next.minutes(), next.format(),
                                SessionKind.LESSON, next.status(), false, next.fee(), false, p.enrolment().id(),
                                nextLesson);
                    }
                }
            }
        }
        return next;
    }
}
