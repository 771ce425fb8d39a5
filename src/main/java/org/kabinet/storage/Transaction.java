package org.kabinet.storage;

import java.sql.Connection;
import java.time.Clock;

/**
 * The repositories of one open transaction. Use cases receive it from {@link Database#write} or
 * {@link Database#read} and call as many repositories as the action needs; all of it commits
 * together.
 */
public final class Transaction {

    private final Connection connection;
    private final Clock clock;

    Transaction(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public ClientRepository clients() {
        return new ClientRepository(connection, clock);
    }

    public SourceRepository sources() {
        return new SourceRepository(connection);
    }

    public ProgramRepository programs() {
        return new ProgramRepository(connection);
    }

    public SessionRepository sessions() {
        return new SessionRepository(connection, clock);
    }

    public EnrolmentRepository enrolments() {
        return new EnrolmentRepository(connection, clock);
    }

    public ExerciseRepository exercises() {
        return new ExerciseRepository(connection);
    }

    public HomeworkRepository homework() {
        return new HomeworkRepository(connection, clock);
    }

    public NoteRepository notes() {
        return new NoteRepository(connection, clock);
    }

    /** Full-text search across clients, notes and homework. */
    public SearchRepository search() {
        return new SearchRepository(connection);
    }

    public StatusHistoryRepository statusHistory() {
        return new StatusHistoryRepository(connection);
    }

    /** The contact log. */
    public ContactRepository contacts() {
        return new ContactRepository(connection, clock);
    }

    /** Planned follow-ups and dismissed suggestions. */
    public FollowUpRepository followUps() {
        return new FollowUpRepository(connection, clock);
    }

    /** What the suggestion rules look at, for every client. */
    public FollowUpFactsReader followUpFacts() {
        return new FollowUpFactsReader(connection, followUps());
    }

    /** The practice report's reads: new clients, returns after a gap, endings. */
    public PracticeReportQueries practiceReport() {
        return new PracticeReportQueries(connection);
    }

    public PracticeMetaRepository meta() {
        return new PracticeMetaRepository(connection);
    }

    /** Every table row by row, whatever its columns: the JSON export and import. */
    public TableRows tables() {
        return new TableRows(connection);
    }

    /** Counts of each kind of record, for {@code verify} and the status bar. */
    public RecordCounts counts() {
        return new RecordCounts(connection);
    }
}
