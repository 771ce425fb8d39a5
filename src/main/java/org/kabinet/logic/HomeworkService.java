package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Database;

/**
 * Homework: giving it (one or more exercises, or free text, in one step), following where it
 * stands, and talking it over at the next session. Each method is one transaction.
 */
public final class HomeworkService {

    private static final Logger LOG = Logger.getLogger(HomeworkService.class.getName());

    private final Database db;
    private final Clock clock;

    public HomeworkService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The default due date: the day of the client's next planned session, if any. */
    public Optional<LocalDate> defaultDue(long clientId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return db.read(tx -> tx.sessions().forClient(clientId)).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED && s.start().isAfter(now))
                .map(Session::start).min(LocalDateTime::compareTo).map(LocalDateTime::toLocalDate);
    }

    /**
     * Gives the client these pieces of homework, together.
     *
     * @param archivedConfirmed she was asked and agreed to give homework to an archived client
     * @throws RuleException {@code homework.error.archived} for an archived client not confirmed,
     *     {@code homework.error.empty} for an item with neither an exercise nor a title
     */
    public List<Homework> assign(List<Homework> items, boolean archivedConfirmed) {
        items.forEach(HomeworkService::checkSaid);
        List<Homework> saved = db.write(tx -> {
            List<Homework> done = new ArrayList<>();
            for (Homework h : items) {
                Client client = tx.clients().find(h.clientId()).orElseThrow(() -> new ClientGoneException(h.clientId()));
                if (client.status() == ClientStatus.ARCHIVED && !archivedConfirmed) {
                    throw new RuleException("homework.error.archived");
                }
                Homework item = h.assignedOn() == null ? new Homework(0, h.clientId(), h.sessionId(), h.lessonId(),
                        h.exerciseId(), h.title(), h.instructions(), LocalDate.now(clock), h.due(), h.status(),
                        h.feedback(), h.comment()) : h;
                done.add(tx.homework().insert(item));
            }
            return done;
        });
        LOG.info(() -> "assigned " + saved.size() + " homework item(s)");
        return saved;
    }

    /** Homework must say what it is: an exercise of the library, or a title of her own. */
    static void checkSaid(Homework h) {
        if (h.exerciseId() == null && h.title().isEmpty()) {
            throw new RuleException("homework.error.empty");
        }
    }

    /** Saves a change to one piece of homework (its text, due date, status, feedback). */
    public Homework update(Homework h) {
        db.write(tx -> {
            tx.homework().update(h);
            return null;
        });
        return h;
    }

    public Homework setStatus(long id, HomeworkStatus status) {
        return change(id, h -> h.withStatus(status));
    }

    /** Talked over at a session: what the client said, and her own comment. */
    public Homework discuss(long id, String feedback, String comment) {
        return change(id, h -> h.discussed(feedback, comment));
    }

    public void delete(long id) {
        db.write(tx -> {
            tx.homework().delete(id);
            return null;
        });
    }

    public Optional<Homework> find(long id) {
        return db.read(tx -> tx.homework().find(id));
    }

    /** The client's homework given on {@code day}: at a session that day, or assigned that day without one. */
    public List<Homework> givenOn(long clientId, LocalDate day) {
        return db.read(tx -> tx.homework().forClient(clientId).stream().filter(h -> {
            if (h.sessionId() == null) {
                return day.equals(h.assignedOn());
            }
            return tx.sessions().find(h.sessionId()).map(s -> s.start().toLocalDate().equals(day)).orElse(false);
        }).toList());
    }

    public List<Homework> forClient(long clientId) {
        return db.read(tx -> tx.homework().forClient(clientId));
    }

    public List<Homework> forSession(long sessionId) {
        return db.read(tx -> tx.homework().forSession(sessionId));
    }

    /** What to talk over with the client at the next session: given and not yet discussed. */
    public List<Homework> toReview(long clientId) {
        return forClient(clientId).stream().filter(h -> h.status().toReview()).toList();
    }

    private Homework change(long id, java.util.function.UnaryOperator<Homework> how) {
        return db.write(tx -> {
            Homework h = tx.homework().find(id).orElseThrow(() -> new RuleException("homework.gone"));
            Homework changed = how.apply(h);
            tx.homework().update(changed);
            return changed;
        });
    }
}
