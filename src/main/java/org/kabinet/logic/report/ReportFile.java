package org.kabinet.logic.report;

import java.nio.file.Path;
import java.time.Clock;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.Migrations;

/**
 * A practice file opened as it is for the command line's report: never created, migrated or
 * repaired; a file too old to hold programs is only read, so it is refused by the caller.
 */
public final class ReportFile implements AutoCloseable {

    private final Database db;
    private final ProgramReportService reports;

    private ReportFile(Database db, Clock clock) {
        this.db = db;
        this.reports = new ProgramReportService(db, clock);
    }

    public static ReportFile open(Path file, Clock clock) throws DatabaseOpenException {
        return new ReportFile(new DatabaseOpener(clock).openExisting(file), clock);
    }

    /** Whether the file is at this Kabinet's schema, so that programs and sessions are in it. */
    public boolean upToDate() {
        return db.schemaVersion() >= Migrations.LATEST;
    }

    public ProgramReportService reports() {
        return reports;
    }

    @Override
    public void close() {
        db.close();
    }
}
