package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.DatabaseOpener;

/**
 * One open practice file and the services that work on it: what the app holds while a file is
 * open. Opening checks the file thoroughly (see {@link DatabaseOpener}); closing it releases
 * the file for the next Kabinet.
 */
public final class Practice implements AutoCloseable {

    private final Database db;
    private final boolean demo;
    private final ClientService clients;
    private final SourceService sources;

    private Practice(Database db, Clock clock) {
        this.db = db;
        this.demo = db.read(tx -> tx.meta().isDemo());
        this.clients = new ClientService(db, clock);
        this.sources = new SourceService(db);
    }

    /** Opens (or creates) the practice file; a refused file is left as it was. */
    public static Practice open(Path file, Clock clock) throws DatabaseOpenException {
        return new Practice(new DatabaseOpener(clock).openOrCreate(file), clock);
    }

    public Path file() {
        return db.file();
    }

    /** Whether this is a demo practice of synthetic people. */
    public boolean isDemo() {
        return demo;
    }

    public ClientService clients() {
        return clients;
    }

    public SourceService sources() {
        return sources;
    }

    @Override
    public void close() {
        db.close();
    }
}
