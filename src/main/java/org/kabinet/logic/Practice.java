package org.kabinet.logic;

import org.kabinet.logic.clientimport.ClientImportService;
import org.kabinet.logic.clientimport.ClientListExport;
import org.kabinet.logic.transfer.JsonTransferService;

import java.nio.file.Path;
import java.time.Clock;
import org.kabinet.logic.followup.FollowUpService;
import org.kabinet.logic.report.ProgramReportService;
import org.kabinet.logic.search.SearchService;
import org.kabinet.logic.sheets.SheetService;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.Migrations;

/**
 * One open practice file and the services that work on it: what the app holds while a file is
 * open. Opening checks the file thoroughly (see {@link DatabaseOpener}); closing it releases
 * the file for the next Kabinet.
 */
public final class Practice implements AutoCloseable {

    private final Database db;
    private final boolean demo;
    private final boolean emptyWhenOpened;
    private final ClientService clients;
    private final SourceService sources;
    private final ProgramService programs;
    private final SessionService sessions;
    private final EnrolmentService enrolments;
    private final AgendaService agenda;
    private final ExerciseService exercises;
    private final HomeworkService homework;
    private final SettingsService settings;
    private final SheetService sheets;
    private final ProgramReportService reports;
    private final NoteService notes;
    private final TimelineService timeline;
    private final SearchService search;
    private final FollowUpService followUps;
    private final BackupService backups;
    private final CalendarExportService calendarExport;
    private final AppLockService appLock;
    private final Clock clock;

    private Practice(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.demo = db.read(tx -> tx.meta().isDemo());
        this.emptyWhenOpened = db.read(tx -> tx.counts().clients()) == 0;
        this.clients = new ClientService(db, clock);
        this.sources = new SourceService(db);
        this.programs = new ProgramService(db);
        this.sessions = new SessionService(db, clock);
        this.enrolments = new EnrolmentService(db, clock);
        this.agenda = new AgendaService(db, clock);
        this.exercises = new ExerciseService(db);
        this.homework = new HomeworkService(db, clock);
        this.settings = new SettingsService(db);
        this.sheets = new SheetService(db, clock);
        this.reports = new ProgramReportService(db, clock);
        this.notes = new NoteService(db, clock);
        this.timeline = new TimelineService(db, clock);
        this.search = new SearchService(db);
        this.followUps = new FollowUpService(db, clock, sessions);
        this.backups = new BackupService(db, clock);
        this.calendarExport = new CalendarExportService(db, clock);
        this.appLock = new AppLockService(db);
    }

    /** Opens (or creates) the practice file; a refused file is left as it was. */
    public static Practice open(Path file, Clock clock) throws DatabaseOpenException {
        return new Practice(new DatabaseOpener(clock).openOrCreate(file), clock);
    }

    /**
     * Opens an existing practice file as it is, for the headless commands that only read it:
     * never created, migrated or repaired. See {@link #isUpToDate()}.
     */
    public static Practice openAsItIs(Path file, Clock clock) throws DatabaseOpenException {
        return new Practice(new DatabaseOpener(clock).openExisting(file), clock);
    }

    /** Whether the file is at this Kabinet's schema, so that everything it reads is in it. */
    public boolean isUpToDate() {
        return db.schemaVersion() >= Migrations.LATEST;
    }

    public Path file() {
        return db.file();
    }

    /** Whether this is a demo practice of synthetic people. */
    public boolean isDemo() {
        return demo;
    }

    /** Whether the file held no clients when it was opened: the window then opens on a welcome. */
    public boolean wasEmptyWhenOpened() {
        return emptyWhenOpened;
    }

    public ClientService clients() {
        return clients;
    }

    public SourceService sources() {
        return sources;
    }

    public ProgramService programs() {
        return programs;
    }

    public SessionService sessions() {
        return sessions;
    }

    public EnrolmentService enrolments() {
        return enrolments;
    }

    /** Today's and tomorrow's sessions, and the week's diary. */
    public AgendaService agenda() {
        return agenda;
    }

    /** The program report's numbers. */
    public ProgramReportService reports() {
        return reports;
    }

    public ExerciseService exercises() {
        return exercises;
    }

    public HomeworkService homework() {
        return homework;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Printed sheets (PDF): homework and the program information sheet. */
    public SheetService sheets() {
        return sheets;
    }

    /** Session notes, their history, and pinning "next time, ask about…". */
    public NoteService notes() {
        return notes;
    }

    /** Everything about one client in one chronological list. */
    public TimelineService timeline() {
        return timeline;
    }

    /** One search across clients, notes, homework and lessons (the search field and the CLI). */
    public SearchService search() {
        return search;
    }

    /** Follow-up calls: the planner, the contact log, the rules' suggestions and their settings. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** Planned sessions and calls as an iCalendar file (the Calendar screen and the {@code ics} command). */
    public CalendarExportService calendarExport() {
        return calendarExport;
    }

    /** The Settings window's Save: the practice's settings, backups and lock in one transaction. */
    public SettingsSave settingsSave() {
        return new SettingsSave(db, appLock);
    }

    /** Backups of this file: consistent, checked copies. */
    public BackupService backups() {
        return backups;
    }

    /** The app lock: its passphrase (as a slow hash) and idle time. */
    public AppLockService appLock() {
        return appLock;
    }

    /** Importing clients from spreadsheets and phone contacts. */
    public ClientImportService clientImport() {
        return new ClientImportService(db, clock);
    }

    /** The client list as a CSV file for Excel. */
    public ClientListExport clientListExport() {
        return new ClientListExport(db);
    }

    /** The whole practice as one JSON file, and back into an empty practice. */
    public JsonTransferService jsonTransfer() {
        return new JsonTransferService(db);
    }

    @Override
    public void close() {
        db.close();
    }
}
