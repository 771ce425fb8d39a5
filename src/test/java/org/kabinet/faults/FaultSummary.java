package org.kabinet.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-line results docs/reliability.md quotes: printed, and appended to
 * target/fault-summary.txt so that a long run leaves them in one place.
 */
final class FaultSummary {

    private static final Path FILE = Path.of("target", "fault-summary.txt");

    private FaultSummary() {
    }

    static void report(String line) {
        System.out.println("[faults] " + line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, Instant.now() + "  " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("[faults] could not append to " + FILE + ": " + e);
        }
    }

    /** The seed of a run: given with -Dkabinet.faults.seed to repeat one, else new; printed either way. */
    static long seed(String kind) {
        long seed = Long.getLong("kabinet.faults.seed", System.nanoTime());
        System.out.println("[faults] " + kind + ": seed " + seed + " (repeat with -Dkabinet.faults.seed=" + seed + ")");
        return seed;
    }

    /** How many trials the long run makes of each kind: -Dkabinet.faults.trials, else {@code normal}. */
    static int longTrials(int normal) {
        return Integer.getInteger("kabinet.faults.trials", normal);
    }
}
