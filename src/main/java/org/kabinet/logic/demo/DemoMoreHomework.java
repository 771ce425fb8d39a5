package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kabinet.model.Homework;
import org.kabinet.storage.Database;

/**
 * Homework beyond what the diary gives, when a benchmark asks for more: shared evenly among held
 * sessions (a random few get one more), written many a statement and many a transaction.
 */
final class DemoMoreHomework {

    /** Assignments written per transaction. */
    private static final int BATCH = 20_000;

    /** A held session to give homework at: whose, which, its day, the next one's, how far it was talked over. */
    record Held(long clientId, long sessionId, LocalDate day, LocalDate due, boolean reviewed, boolean settled) {
    }

    private DemoMoreHomework() {
    }

    /** Writes {@code count} assignments at {@code sessions} (none when there are none); returns how many. */
    static int write(Database db, DemoHomework homework, Random random, List<Held> sessions, int count) {
        if (count <= 0 || sessions.isEmpty()) {
            return 0;
        }
        int each = count / sessions.size();
        boolean[] oneMore = oneMore(random, sessions.size(), count % sessions.size());
        List<Homework> batch = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < sessions.size(); i++) {
            batch.addAll(homework.given(sessions.get(i), each + (oneMore[i] ? 1 : 0)));
            if (batch.size() >= BATCH || i == sessions.size() - 1) {
                List<Homework> full = batch;
                db.write(tx -> {
                    tx.homework().insertAll(full);
                    return null;
                });
                written += full.size();
                batch = new ArrayList<>();
            }
        }
        return written;
    }

    /** {@code chosen} of {@code size} places, drawn without repeats (a partial Fisher–Yates shuffle). */
    private static boolean[] oneMore(Random random, int size, int chosen) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        boolean[] picked = new boolean[size];
        for (int i = 0; i < chosen; i++) {
            int j = i + random.nextInt(size - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            picked[order[i]] = true;
        }
        return picked;
    }
}
