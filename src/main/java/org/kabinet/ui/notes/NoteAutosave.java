package org.kabinet.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import org.kabinet.model.Note;
import org.kabinet.ui.common.PendingSaves;
import org.kabinet.ui.common.TaskExecutor;

/**
 * Saves one note as she types: {@link #IDLE} after typing stops, at least every {@link #AT_MOST}
 * while it goes on, and at once on {@link #flush}. Saves run on the executor one at a time; a save
 * finishing with more changes waiting saves again. The first save of a draft creates the note and
 * its id is kept for the next ones. Used on the JavaFX thread.
 */
final class NoteAutosave implements PendingSaves.Flushable {

    static final Duration IDLE = Duration.millis(700);
    static final Duration AT_MOST = Duration.seconds(3);

    /** Where the note stands: nothing to save, waiting or saving, saved, or the last save failed. */
    enum State { CLEAN, PENDING, SAVING, SAVED, FAILED }

    /** What the status line shows. */
    record Status(State state, Note saved, Throwable error) {
    }

    private final UnaryOperator<Note> save;
    private final TaskExecutor executor;
    private final Consumer<Note> onSaved;
    private final PauseTransition idle = new PauseTransition(IDLE);
    private final PauseTransition atMost = new PauseTransition(AT_MOST);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(new Status(State.CLEAN, null, null));
    private final List<Runnable> waiting = new ArrayList<>();
    /** The note as it is on screen now. */
    private Note current;
    /** The note's id once saved: a draft gets it from its first save. */
    private long id;
    private boolean dirty;
    private boolean inFlight;

    /**
     * @param save writes a note and returns it as saved (called in the background)
     * @param onSaved told each note saved, on the JavaFX thread
     */
    NoteAutosave(UnaryOperator<Note> save, TaskExecutor executor, Consumer<Note> onSaved) {
        this.save = save;
        this.executor = executor;
        this.onSaved = onSaved;
        idle.setOnFinished(e -> saveNow());
        atMost.setOnFinished(e -> saveNow());
    }

    /** Starts over with {@code note} as saved (or a draft): nothing pending. */
    void reset(Note note) {
        stopTimers();
        current = note;
        id = note.id();
        dirty = false;
        status.set(new Status(State.CLEAN, note.isSaved() ? note : null, null));
    }

    /** The note changed on screen: save it once typing rests, or in a few seconds at most. */
    void edited(Note note) {
        current = note;
        if (!note.isSaved() && id == 0 && note.text().isBlank() && !note.privateNote()) {
            // An empty draft is not worth a note in her list.
            dirty = false;
            stopTimers();
            return;
        }
        dirty = true;
        if (!inFlight) {
            status.set(new Status(State.PENDING, status.get().saved(), null));
        }
        idle.playFromStart();
        if (atMost.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            atMost.playFromStart();
        }
    }

    /** Saves what is pending now (focus lost, editor closed). */
    void saveNow() {
        stopTimers();
        if (!dirty) {
            finishedIfIdle();
            return;
        }
        if (inFlight) {
            // Saved again when the save running now finishes.
            return;
        }
        dirty = false;
        inFlight = true;
        Note toSave = current.saved(id, current.updatedAt());
        status.set(new Status(State.SAVING, status.get().saved(), null));
        executor.run(() -> save.apply(toSave), this::saved, this::failed);
    }

    @Override
    public void flush(Runnable then) {
        waiting.add(then);
        saveNow();
    }

    /** Whether words are waiting to be written or being written. */
    boolean pending() {
        return dirty || inFlight;
    }

    /** The id of the note, 0 until a draft's first save. */
    long id() {
        return id;
    }

    ReadOnlyObjectProperty<Status> status() {
        return status.getReadOnlyProperty();
    }

    private void saved(Note note) {
        inFlight = false;
        id = note.id();
        status.set(new Status(dirty ? State.PENDING : State.SAVED, note, null));
        onSaved.accept(note);
        if (dirty && (!waiting.isEmpty() || idle.getStatus() != javafx.animation.Animation.Status.RUNNING)) {
            saveNow();
        } else {
            finishedIfIdle();
        }
    }

    private void failed(Throwable error) {
        inFlight = false;
        // The words stay on screen and are tried again with the next change or flush.
        dirty = true;
        status.set(new Status(State.FAILED, status.get().saved(), error));
        List<Runnable> then = new ArrayList<>(waiting);
        waiting.clear();
        then.forEach(Runnable::run);
    }

    private void finishedIfIdle() {
        if (dirty || inFlight) {
            return;
        }
        List<Runnable> then = new ArrayList<>(waiting);
        waiting.clear();
        then.forEach(Runnable::run);
    }

    private void stopTimers() {
        idle.stop();
        atMost.stop();
    }
}
