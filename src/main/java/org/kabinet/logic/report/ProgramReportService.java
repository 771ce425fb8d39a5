package org.kabinet.logic.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.storage.Database;

/**
 * Reads what a program report needs in one read transaction, so its numbers agree with each
 * other, and hands it to {@link ProgramReportCalculator}. Call from a background thread.
 */
public final class ProgramReportService {

    private final Database db;
    private final Clock clock;

    public ProgramReportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The practice report (new clients, referrers, returns, endings), over the same file and clock. */
    public PracticeReportService practice() {
        return new PracticeReportService(db, clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every program, the Base first, retired ones included (their history can still be read). */
    public List<Program> programs() {
        return db.read(tx -> tx.programs().programs());
    }

    /** @throws RuleException when the program is no longer in the file */
    public ProgramReport report(long programId, ReportPeriod period) {
        LocalDate today = today();
        return db.read(tx -> {
            Program program = tx.programs().program(programId).orElseThrow(() -> new RuleException("program.gone"));
            List<Lesson> lessons = tx.programs().lessons(programId);
            List<Enrolment> enrolments = tx.enrolments().inProgram(programId);
            List<Session> firsts = tx.sessions().between(period.start().atStartOfDay(),
                    period.to().plusDays(1).atStartOfDay());
            // Only the enrolled clients' own sessions: a few indexed reads instead of the whole diary.
            Set<Long> clients = new LinkedHashSet<>();
            enrolments.stream().filter(e -> period.contains(e.enrolledOn())).forEach(e -> clients.add(e.clientId()));
            List<Session> lessonSessions = new ArrayList<>();
            for (long clientId : clients) {
                lessonSessions.addAll(tx.sessions().forClient(clientId));
            }
            return ProgramReportCalculator.compute(program, period, today, lessons, enrolments, firsts,
                    lessonSessions);
        });
    }
}
