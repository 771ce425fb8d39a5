package org.kabinet.ui.notes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.logic.NoteService;
import org.kabinet.model.Note;
import org.kabinet.model.NoteSection;
import org.kabinet.model.NoteText;
import org.kabinet.model.NoteVersion;
import org.kabinet.ui.common.PendingSaves;
import org.kabinet.ui.common.TaskExecutor;

/**
 * One note being written: its free text, the six sections when she switches the structure on,
 * whether it is private. Every change is saved by {@link NoteAutosave}; she never presses Save.
 * While a note is open its autosave is registered with the window's {@link PendingSaves}.
 */
final class NoteEditorViewModel {

    private final NoteService notes;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final PendingSaves pendingSaves;
    /** The open note's autosave: one per note, so a save still running belongs to its own note. */
    private NoteAutosave autosave;
    private final javafx.beans.property.ObjectProperty<NoteAutosave.Status> status =
            new javafx.beans.property.SimpleObjectProperty<>(new NoteAutosave.Status(NoteAutosave.State.CLEAN, null, null));
    private final StringProperty body = new SimpleStringProperty("");
    private final Map<NoteSection, StringProperty> sections = new EnumMap<>(NoteSection.class);
    private final BooleanProperty structured = new SimpleBooleanProperty();
    private final BooleanProperty privateNote = new SimpleBooleanProperty();
    /** The note as last loaded or saved, for what the fields do not hold (client, session, date). */
    private Note base;
    private boolean loading;
    private Consumer<Note> savedListener = n -> { };

    NoteEditorViewModel(NoteService notes, TaskExecutor executor, Consumer<Throwable> onError,
            PendingSaves pendingSaves) {
        this.notes = notes;
        this.executor = executor;
        this.onError = onError;
        this.pendingSaves = pendingSaves;
        for (NoteSection s : NoteSection.values()) {
            sections.put(s, new SimpleStringProperty(""));
        }
        List<Observable> watched = new java.util.ArrayList<>(sections.values());
        watched.addAll(List.of(body, structured, privateNote));
        watched.forEach(o -> o.addListener(x -> edited()));
    }

    /** Told each note saved (a new note gets its id), on the JavaFX thread. */
    void onSaved(Consumer<Note> listener) {
        this.savedListener = listener;
    }

    /** Opens {@code note} (saved, or a draft) for writing; what was open before is saved first. */
    void open(Note note) {
        letGo();
        loading = true;
        try {
            base = note;
            NoteText text = note.text();
            body.set(text.body());
            sections.forEach((s, p) -> p.set(text.section(s)));
            structured.set(note.structured());
            privateNote.set(note.privateNote());
        } finally {
            loading = false;
        }
        NoteAutosave[] self = new NoteAutosave[1];
        NoteAutosave opened = new NoteAutosave(notes::save, executor, saved -> saved(self[0], saved));
        self[0] = opened;
        opened.reset(note);
        autosave = opened;
        status.bind(opened.status());
        pendingSaves.register(opened);
    }

    /** Saves what is pending and lets go of the note: the editor is closing. */
    void close() {
        letGo();
        base = null;
    }

    /** Writes the note open until now and stops following it; its save may still be running. */
    private void letGo() {
        NoteAutosave old = autosave;
        if (old == null) {
            return;
        }
        status.unbind();
        autosave = null;
        old.flush(() -> pendingSaves.unregister(old));
    }

    /** Writes what she typed without waiting for the pause. */
    void flush() {
        if (autosave != null) {
            autosave.saveNow();
        }
    }

    /** The note as the fields say now. */
    Note current() {
        NoteText text = new NoteText(body.get(), text(NoteSection.THEME), text(NoteSection.BROUGHT),
                text(NoteSection.TECHNIQUES), text(NoteSection.OBSERVATIONS),
                text(NoteSection.HOMEWORK_REVIEW), text(NoteSection.PLAN));
        long id = autosave == null ? base.id() : autosave.id();
        return new Note(id, base.clientId(), base.sessionId(), base.date(), privateNote.get(), structured.get(), text,
                base.updatedAt());
    }

    private String text(NoteSection s) {
        return sections.get(s).get();
    }

    private void edited() {
        if (loading || autosave == null) {
            return;
        }
        autosave.edited(current());
    }

    private void saved(NoteAutosave from, Note note) {
        if (from == autosave) {
            base = note;
        }
        savedListener.accept(note);
    }

    /**
     * Pins {@code line} to the client as "next time, ask about…"; {@code onPinned} gets the whole
     * text now pinned. An empty line is refused with the service's message.
     */
    void pin(String line, Consumer<String> onPinned, Consumer<Throwable> onRefused) {
        long clientId = base.clientId();
        executor.run(() -> notes.pin(clientId, line), onPinned, onRefused);
    }

    /** What the open note said before each change, the latest first (empty for a draft). */
    void history(Consumer<List<NoteVersion>> then) {
        long id = autosave == null ? 0 : autosave.id();
        if (id == 0) {
            then.accept(List.of());
            return;
        }
        executor.run(() -> notes.history(id), then, onError);
    }

    /** The id of the note open now: 0 for none, or for a draft not saved yet. */
    long openId() {
        return autosave == null ? 0 : autosave.id();
    }

    StringProperty body() { return body; }
    StringProperty section(NoteSection s) { return sections.get(s); }
    BooleanProperty structured() { return structured; }
    BooleanProperty privateNote() { return privateNote; }
    ReadOnlyObjectProperty<NoteAutosave.Status> status() { return status; }
}
