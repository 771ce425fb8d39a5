package org.kabinet.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Work that saves itself a moment later (a note's autosave) registers here, so that closing the
 * window or switching the practice first writes it: the words typed just before must not be lost
 * when the database closes. Used on the JavaFX thread only.
 */
public final class PendingSaves {

    /** Something holding words not yet written. */
    public interface Flushable {
        /** Writes what is pending now; {@code then} runs on the JavaFX thread once it is written (or failed). */
        void flush(Runnable then);
    }

    private final Set<Flushable> registered = new LinkedHashSet<>();

    public void register(Flushable pending) {
        registered.add(pending);
    }

    public void unregister(Flushable pending) {
        registered.remove(pending);
    }

    /** Flushes everything registered, then runs {@code then} once all of it is written. */
    public void flushAll(Runnable then) {
        List<Flushable> all = new ArrayList<>(registered);
        if (all.isEmpty()) {
            then.run();
            return;
        }
        int[] left = {all.size()};
        for (Flushable pending : all) {
            pending.flush(() -> {
                if (--left[0] == 0) {
                    then.run();
                }
            });
        }
    }
}
