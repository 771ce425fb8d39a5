package org.kabinet.logic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;
import org.kabinet.model.Text;
import org.kabinet.storage.Database;

/**
 * Session notes: saved as she types, with their history, and the "next time, ask about…" line she
 * pins from them. Each method is one transaction; call from a background thread.
 *
 * <p>History: saving keeps what the note said before as a version when the note had rested for
 * {@link #EDIT_PAUSE} since its last save. So one sitting of typing, saved every few seconds, is one
 * change in the history, and coming back to a note tomorrow is another.
 */
public final class NoteService {

    /** How long a note rests before the next change to it starts a new version. */
    public static final Duration EDIT_PAUSE = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(NoteService.class.getName());

    private final Database db;
    private final Clock clock;

    public NoteService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A client's notes, the latest first. */
    public List<Note> forClient(long clientId) {
        return db.read(tx -> tx.notes().forClient(clientId));
    }

    /** The note about a session, if she has written one. */
    public Optional<Note> forSession(long sessionId) {
        return db.read(tx -> tx.notes().forSession(sessionId));
    }

    public Optional<Note> find(long id) {
        return db.read(tx -> tx.notes().find(id));
    }

    /**
     * Saves a note as it stands now: the first save of a draft creates it (or joins the note the
     * session already has), later saves change it. Saving what is already saved changes nothing.
     *
     * @throws RuleException {@code note.error.tooLong} past {@link NoteText#MAX_LENGTH} characters;
     *     {@code note.error.brokenCharacter} for half of a surrogate pair (a paste gone wrong)
     * @throws ClientGoneException when the client was deleted meanwhile
     */
    public Note save(Note note) {
        if (note.text().length() > NoteText.MAX_LENGTH) {
            throw new RuleException("note.error.tooLong");
        }
        if (hasBrokenCharacter(note.text())) {
            // Saved, it would come back with "?" in its place: better she hears of it now.
            throw new RuleException("note.error.brokenCharacter");
        }
        Note saved = db.write(tx -> {
            if (tx.clients().find(note.clientId()).isEmpty()) {
                throw new ClientGoneException(note.clientId());
            }
            Optional<Note> stored = note.isSaved() ? tx.notes().find(note.id())
                    : note.sessionId() == null ? Optional.empty() : tx.notes().forSession(note.sessionId());
            if (stored.isEmpty()) {
                if (note.isSaved()) {
                    throw new RuleException("storage.noteGone");
                }
                return tx.notes().insert(note);
            }
            Note before = stored.get();
            Note changed = new Note(before.id(), before.clientId(), before.sessionId(), note.date(),
                    note.privateNote(), note.structured(), note.text(), before.updatedAt());
            if (!changed.differsFrom(before)) {
                return before;
            }
            if (rested(before.updatedAt())) {
                tx.notes().keepVersion(before);
            }
            return tx.notes().update(changed);
        });
        LOG.fine(() -> "saved note " + saved.id());
        return saved;
    }

    private boolean rested(Instant lastSaved) {
        return !lastSaved.plus(EDIT_PAUSE).isAfter(clock.instant());
    }

    /** What the note said before each change, the latest first. */
    public List<NoteVersion> history(long noteId) {
        return db.read(tx -> tx.notes().versions(noteId));
    }

    /** Deletes a note and its history. */
    public void delete(long noteId) {
        db.write(tx -> {
            tx.notes().delete(noteId);
            return null;
        });
        LOG.info(() -> "deleted note " + noteId);
    }

    /**
     * Pins a line for the next session: it joins the client's "next time, ask about…" (on a line of
     * its own, unless it is there already) and shows on Today and the card until she clears it.
     *
     * @return the whole "ask about" text now
     */
    public String pin(long clientId, String line) {
        String pinned = Text.clean(line);
        if (pinned.isEmpty()) {
            throw new RuleException("note.error.pinEmpty");
        }
        return db.write(tx -> {
            Client client = tx.clients().find(clientId).orElseThrow(() -> new ClientGoneException(clientId));
            String now = client.askNextTime();
            if (now.lines().anyMatch(l -> l.strip().equals(pinned))) {
                return now;
            }
            String ask = now.isEmpty() ? pinned : now + "\n" + pinned;
            tx.clients().update(ClientBuilder.from(client).askNextTime(ask).build());
            return ask;
        });
    }

    /** Clears "next time, ask about…": she has asked. */
    public void clearPinned(long clientId) {
        db.write(tx -> {
            Client client = tx.clients().find(clientId).orElseThrow(() -> new ClientGoneException(clientId));
            if (!client.askNextTime().isEmpty()) {
                tx.clients().update(ClientBuilder.from(client).askNextTime("").build());
            }
            return null;
        });
    }

    private static boolean hasBrokenCharacter(NoteText t) {
        return Stream.of(t.body(), t.theme(), t.brought(), t.techniques(), t.observations(),
                t.homeworkReview(), t.plan()).anyMatch(Text::hasLoneSurrogate);
    }
}
