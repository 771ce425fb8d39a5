package org.kabinet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;

/**
 * Opens the practice file and reads the client list on a thread of its own, started by
 * {@link Main} before JavaFX starts: the file work and the toolkit's start-up overlap instead
 * of following each other.
 */
final class Preload {

    /** An opened practice and what its window shows first. */
    record Opened(Practice practice, OpeningSnapshot snapshot) {
    }

    private static Path file;
    private static CompletableFuture<Opened> opening;

    private Preload() {
    }

    static synchronized void begin(Path practiceFile, Clock clock) {
        file = practiceFile;
        opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Practice practice = Practice.open(practiceFile, clock);
                try {
                    opening.complete(new Opened(practice, OpeningSnapshot.of(practice)));
                } catch (RuntimeException e) {
                    practice.close();
                    throw e;
                }
            } catch (DatabaseOpenException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "kabinet-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The opening begun for {@code practiceFile}, once: later opens go the usual way. */
    static synchronized Optional<CompletableFuture<Opened>> take(Path practiceFile) {
        if (opening == null || !practiceFile.equals(file)) {
            return Optional.empty();
        }
        CompletableFuture<Opened> taken = opening;
        opening = null;
        return Optional.of(taken);
    }

    /** The exception a failed opening threw, without the future's wrapping. */
    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
