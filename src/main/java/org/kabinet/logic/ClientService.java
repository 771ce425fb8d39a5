package org.kabinet.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.FieldError;
import org.kabinet.model.PossibleDuplicate;
import org.kabinet.storage.Database;

/**
 * What the psychologist does with client cards: find them, fill them in, archive them and, rarely,
 * delete one for good. Each method is one user action and one transaction. Call from a background
 * thread: every method touches the database.
 */
public final class ClientService {

    private static final Logger LOG = Logger.getLogger(ClientService.class.getName());

    private final Database db;
    private final Clock clock;

    public ClientService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every client as a list row. */
    public List<ClientSummary> list() {
        return db.read(tx -> tx.clients().summaries());
    }

    /** One client's list row, with the latest sessions and progress. */
    public Optional<ClientSummary> summary(long id) {
        return db.read(tx -> tx.clients().summary(id));
    }

    public Optional<Client> load(long id) {
        return db.read(tx -> tx.clients().find(id));
    }

    /** What is wrong with the card, field by field; empty when it can be saved. */
    public List<FieldError> validate(Client client) {
        return ClientValidator.validate(client, today());
    }

    /** Saved clients who may be the same person: same name and birth date, or a shared phone. */
    public List<PossibleDuplicate> possibleDuplicates(Client client) {
        return db.read(tx -> tx.clients().possibleDuplicates(client));
    }

    /**
     * Saves a new or edited card; returns it as saved (with its id).
     *
     * @throws ValidationException when a field is wrong; nothing is written then
     */
    public Client save(Client client) {
        List<FieldError> errors = validate(client);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Client saved = db.write(tx -> {
            if (client.isNew()) {
                return tx.clients().insert(client);
            }
            tx.clients().update(client);
            return client;
        });
        LOG.info(() -> (client.isNew() ? "created client " : "saved client ") + saved.id());
        return saved;
    }

    /** Archives a client: the normal way out, kept and reversible. */
    public Client archive(long id, String reason) {
        return changeStatus(id, ClientStatus.ARCHIVED, reason);
    }

    /**
     * Brings a client back from the archive to the status they had before it (paused if the
     * history does not say).
     */
    public Client restoreFromArchive(long id) {
        ClientStatus before = db.read(tx -> tx.clients().statusBeforeArchive(id))
                .orElse(ClientStatus.PAUSED);
        return changeStatus(id, before, "");
    }

    private Client changeStatus(long id, ClientStatus status, String reason) {
        Client changed = db.write(tx -> {
            Client client = tx.clients().find(id).orElseThrow(() -> new ClientGoneException(id));
            Client updated = client.withStatus(status, reason);
            tx.clients().update(updated);
            return updated;
        });
        LOG.info(() -> "client " + id + " status " + status);
        return changed;
    }

    /**
     * Deletes a client and everything about them, for good. The caller must pass the client's
     * full name as the user typed it: a deliberate act, not a slip of the mouse.
     *
     * @return false (and nothing deleted) when the typed name does not match
     */
    public boolean deletePermanently(long id, String typedName) {
        boolean deleted = db.write(tx -> {
            Client client = tx.clients().find(id).orElseThrow(() -> new ClientGoneException(id));
            if (!client.name().full().equals(typedName == null ? "" : typedName.strip())) {
                return false;
            }
            tx.clients().delete(id);
            return true;
        });
        if (deleted) {
            LOG.info(() -> "deleted client " + id);
        }
        return deleted;
    }
}
