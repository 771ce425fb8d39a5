package org.kabinet.logic.report;

import java.time.Clock;
import java.time.LocalDate;
import org.kabinet.storage.Database;
import org.kabinet.storage.PracticeReportQueries;

/** Reads what the practice report needs in one read transaction and hands it to the calculator. */
public final class PracticeReportService {

    private final Database db;
    private final Clock clock;

    public PracticeReportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The practice report for {@code period}; call from a background thread. */
    public PracticeReport report(ReportPeriod period) {
        return db.read(tx -> {
            PracticeReportQueries q = tx.practiceReport();
            LocalDate from = period.start();
            return PracticeReportCalculator.compute(period, tx.sources().all(), q.newClients(from, period.to()),
                    q.heldAfterAGap(from, period.to()), q.endings());
        });
    }
}
