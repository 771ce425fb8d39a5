package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FieldError;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * Sessions: planning them, recording them (past ones too: she often writes up afterwards) and
 * closing one with everything that follows it. Overlaps and a lesson done twice are warned about,
 * never saved silently. Each method is one transaction; call from a background thread.
 */
public final class SessionService {

    private static final Logger LOG = Logger.getLogger(SessionService.class.getName());

    private final Database db;
    private final Clock clock;

    public SessionService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public List<Session> forClient(long clientId) {
        return db.read(tx -> tx.sessions().forClient(clientId));
    }

    /** Sessions of every client starting on the days [from, to). */
    public List<Session> between(LocalDate from, LocalDate to) {
        return db.read(tx -> tx.sessions().between(from.atStartOfDay(), to.atStartOfDay()));
    }

    public Optional<Session> find(long id) {
        return db.read(tx -> tx.sessions().find(id));
    }

    /** What she should see before saving {@code session}; empty when it can simply be saved. */
    public List<SessionWarning> warnings(Session session) {
        return db.read(tx -> warnings(tx, session));
    }

    /**
     * Saves a new or changed session. A lesson booked in a paused or stopped enrolment resumes it.
     *
     * @throws ValidationException when a field is wrong
     * @throws UnconfirmedWarningsException when there is a warning not in {@code accepted}
     */
    public Session save(Session session, Set<SessionWarning.Kind> accepted) {
        validate(session);
        Session saved = db.write(tx -> save(tx, session, accepted));
        LOG.info(() -> (session.id() == 0 ? "planned session " : "saved session ") + saved.id()
                + " of client " + saved.clientId());
        return saved;
    }

    /**
     * Closes a session: marks it done (its lesson with it), books the next one, updates the
     * "next time, ask about…" line, records how last time's homework went and gives the new
     * homework (dated the session's day), all in one transaction. A program whose every lesson is
     * now done is marked completed.
     */
    public ClosedSession close(CloseSession request) {
        if (request.next() != null) {
            validate(request.next());
        }
        ClosedSession closed = db.write(tx -> {
            Session session = tx.sessions().find(request.sessionId())
                    .orElseThrow(() -> new RuleException("session.gone"));
            Session held = save(tx, session.withStatus(SessionStatus.DONE), request.accepted());
            Optional<Session> booked = Optional.ofNullable(request.next())
                    .map(next -> save(tx, next, request.accepted()));
            if (request.askNextTime() != null) {
                Client client = tx.clients().find(held.clientId())
                        .orElseThrow(() -> new ClientGoneException(held.clientId()));
                tx.clients().update(ClientBuilder.from(client).askNextTime(request.askNextTime()).build());
            }
            for (var mark : request.reviewed().entrySet()) {
                tx.homework().find(mark.getKey()).filter(h -> h.clientId() == held.clientId())
                        .ifPresent(h -> tx.homework().update(h.withStatus(mark.getValue())));
            }
            // Closing the session is her word for it: homework goes to the client in session.
            List<Homework> given = new ArrayList<>();
            for (Homework h : request.homework()) {
                HomeworkService.checkSaid(h);
                given.add(tx.homework().insert(new Homework(0, held.clientId(), held.id(), held.lessonId(),
                        h.exerciseId(), h.title(), h.instructions(), held.start().toLocalDate(), h.due(),
                        HomeworkStatus.ASSIGNED, "", "")));
            }
            return new ClosedSession(held, booked, completeIfAllDone(tx, held), List.copyOf(given));
        });
        LOG.info(() -> "closed session " + closed.held().id() + closed.booked().map(b -> ", booked " + b.id()).orElse(""));
        return closed;
    }

    public void delete(long id) {
        db.write(tx -> {
            tx.sessions().delete(id);
            return null;
        });
        LOG.info(() -> "deleted session " + id);
    }

    /** Saves a session inside a larger action (logging a call that booked it); see {@link #save}. */
    public Session saveIn(Transaction tx, Session session, Set<SessionWarning.Kind> accepted) {
        validate(session);
        return save(tx, session, accepted);
    }

    private Session save(Transaction tx, Session session, Set<SessionWarning.Kind> accepted) {
        checkLesson(tx, session);
        List<SessionWarning> unaccepted = warnings(tx, session).stream()
                .filter(w -> !accepted.contains(w.kind())).toList();
        if (!unaccepted.isEmpty()) {
            throw new UnconfirmedWarningsException(unaccepted);
        }
        Session saved;
        if (session.id() == 0) {
            saved = tx.sessions().insert(session);
        } else {
            tx.sessions().update(session);
            saved = session;
        }
        resumeIfBookedAgain(tx, saved);
        return saved;
    }

    private List<SessionWarning> warnings(Transaction tx, Session session) {
        List<SessionWarning> warnings = new ArrayList<>();
        if (session.status().occupiesTime()) {
            List<Session> overlapping = tx.sessions().overlapping(session.start(), session.end(), session.id());
            if (!overlapping.isEmpty()) {
                warnings.add(new SessionWarning(SessionWarning.Kind.OVERLAP, overlapping));
            }
        }
        if (session.lessonId() != null && session.enrolmentId() != null && session.status() == SessionStatus.DONE) {
            List<Session> before = tx.sessions().forClient(session.clientId()).stream()
                    .filter(s -> s.id() != session.id() && s.status() == SessionStatus.DONE
                            && session.lessonId().equals(s.lessonId())
                            && session.enrolmentId().equals(s.enrolmentId()))
                    .toList();
            if (!before.isEmpty()) {
                warnings.add(new SessionWarning(SessionWarning.Kind.LESSON_ALREADY_DONE, before));
            }
        }
        return warnings;
    }

    /** A lesson must belong to the program of the client's own enrolment. */
    private static void checkLesson(Transaction tx, Session session) {
        if (session.lessonId() == null) {
            return;
        }
        Enrolment enrolment = session.enrolmentId() == null ? null
                : tx.enrolments().find(session.enrolmentId()).orElse(null);
        Lesson lesson = tx.programs().lesson(session.lessonId()).orElse(null);
        if (enrolment == null || lesson == null || enrolment.clientId() != session.clientId()
                || lesson.programId() != enrolment.programId()) {
            throw new RuleException("session.lessonNotInProgram");
        }
    }

    private void resumeIfBookedAgain(Transaction tx, Session session) {
        if (session.enrolmentId() == null || !session.status().occupiesTime()) {
            return;
        }
        tx.enrolments().find(session.enrolmentId())
                .filter(e -> e.status() == EnrolmentStatus.PAUSED || e.status() == EnrolmentStatus.STOPPED)
                .filter(e -> session.start().toLocalDate().isAfter(e.statusSince().minusDays(1)))
                .ifPresent(e -> tx.enrolments().update(e.withStatus(EnrolmentStatus.ACTIVE, LocalDate.now(clock))));
    }

    private static boolean completeIfAllDone(Transaction tx, Session held) {
        if (held.enrolmentId() == null || held.lessonId() == null) {
            return false;
        }
        Enrolment enrolment = tx.enrolments().find(held.enrolmentId()).orElse(null);
        if (enrolment == null || enrolment.status() == EnrolmentStatus.COMPLETED) {
            return false;
        }
        var program = tx.programs().program(enrolment.programId()).orElseThrow();
        ProgramProgress progress = ProgramProgress.of(enrolment, program, tx.programs().lessons(program.id()),
                tx.sessions().forClient(held.clientId()));
        if (progress.done() < progress.total()) {
            return false;
        }
        tx.enrolments().update(enrolment.withStatus(EnrolmentStatus.COMPLETED, held.start().toLocalDate()));
        return true;
    }

    /** What is wrong with the session's own fields. */
    public static List<FieldError> errors(Session s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.start() == null) {
            errors.add(new FieldError("start", "session.error.start"));
        }
        if (s.minutes() < 5 || s.minutes() > 600) {
            errors.add(new FieldError("minutes", "session.error.minutes"));
        }
        if (s.fee() != null && s.fee() < 0) {
            errors.add(new FieldError("fee", "session.error.fee"));
        }
        if (s.kind() == null || s.status() == null || s.format() == null) {
            errors.add(new FieldError("kind", "session.error.kind"));
        }
        return errors;
    }

    private static void validate(Session s) {
        List<FieldError> errors = errors(s);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
