package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Program;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/** Clients in programs: enrolling, pausing, stopping, completing, and progress lesson by lesson. */
public final class EnrolmentService {

    private static final Logger LOG = Logger.getLogger(EnrolmentService.class.getName());

    private final Database db;
    private final Clock clock;

    public EnrolmentService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Enrols a client in a program. A client already going through it (active or paused) keeps
     * that enrolment: she resumes it rather than starting over.
     */
    public Enrolment enrol(long clientId, long programId, LocalDate on, Long price) {
        if (price != null && price < 0) {
            throw new RuleException("enrolment.error.price");
        }
        Enrolment enrolment = db.write(tx -> {
            for (Enrolment e : tx.enrolments().forClient(clientId)) {
                if (e.programId() == programId && e.isOpen()) {
                    throw new RuleException("enrolment.error.alreadyEnrolled");
                }
            }
            Program program = tx.programs().program(programId).orElseThrow(() -> new RuleException("program.gone"));
            if (program.retired()) {
                throw new RuleException("enrolment.error.retiredProgram");
            }
            LocalDate day = on == null ? LocalDate.now(clock) : on;
            return tx.enrolments().insert(new Enrolment(0, clientId, programId, day, price, EnrolmentStatus.ACTIVE, day));
        });
        LOG.info(() -> "enrolled client " + clientId + " in program " + programId);
        return enrolment;
    }

    /** Sets where the enrolment stands, from today. */
    public Enrolment setStatus(long enrolmentId, EnrolmentStatus status) {
        Enrolment changed = db.write(tx -> {
            Enrolment e = tx.enrolments().find(enrolmentId).orElseThrow(() -> new RuleException("enrolment.gone"));
            Enrolment updated = e.withStatus(status, LocalDate.now(clock));
            tx.enrolments().update(updated);
            return updated;
        });
        LOG.info(() -> "enrolment " + enrolmentId + " status " + status);
        return changed;
    }

    /** The client's progress in each program they were enrolled in, the current one first. */
    public List<ProgramProgress> progress(long clientId) {
        return db.read(tx -> progress(tx, clientId));
    }

    static List<ProgramProgress> progress(Transaction tx, long clientId) {
        List<Session> sessions = tx.sessions().forClient(clientId);
        return tx.enrolments().forClient(clientId).stream()
                .sorted((a, b) -> Boolean.compare(b.isOpen(), a.isOpen()))
                .map(e -> {
                    Program program = tx.programs().program(e.programId()).orElseThrow();
                    return ProgramProgress.of(e, program, tx.programs().lessons(program.id()), sessions);
                })
                .toList();
    }
}
