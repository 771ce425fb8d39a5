package org.kabinet.logic.sheets;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.kabinet.logic.HomeworkService;
import org.kabinet.model.Client;
import org.kabinet.model.Homework;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;
import org.kabinet.storage.Migrations;

/**
 * A practice file opened as it is for the command line's sheets: never created, migrated or
 * repaired; a file too old to hold homework is only read, so it is refused by the caller.
 */
public final class SheetFile implements AutoCloseable {

    private final Database db;
    private final SheetService sheets;
    private final HomeworkService homework;

    private SheetFile(Database db, Clock clock) {
        this.db = db;
        this.sheets = new SheetService(db, clock);
        this.homework = new HomeworkService(db, clock);
    }

    public static SheetFile open(Path file, Clock clock) throws DatabaseOpenException {
        return new SheetFile(new DatabaseOpener(clock).openExisting(file), clock);
    }

    /** Whether the file is at this Kabinet's schema, so that homework is in it. */
    public boolean upToDate() {
        return db.schemaVersion() >= Migrations.LATEST;
    }

    public Optional<Client> client(long id) {
        return db.read(tx -> tx.clients().find(id));
    }

    public Optional<Homework> homeworkItem(long id) {
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

    public SheetService sheets() {
        return sheets;
    }

    public HomeworkService homework() {
        return homework;
    }

    @Override
    public void close() {
        db.close();
    }
}
