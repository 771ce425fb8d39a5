package org.kabinet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.OpeningSnapshot;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;

/**
 * Opens the practice file and reads the client list on a thread of its own, started by
 * {@link Main} before JavaFX starts: the file work and the toolkit's start-up overlap instead
 * of following each other.
 */
final class Preload {

    /**
     * An opening under way: the practice, then what its window shows first. They come apart so
     * that the window can be built while the list is still being read.
     */
    record Opening(CompletableFuture<Practice> practice, CompletableFuture<OpeningSnapshot> snapshot) {
    }

    private static Path file;
    private static Opening opening;

    private Preload() {
    }

    static synchronized void begin(Path practiceFile, Clock clock, Locale locale) {
        file = practiceFile;
        // The thread keeps its own reference: take() hands the field over and clears it.
        Opening result = new Opening(new CompletableFuture<>(), new CompletableFuture<>());
        opening = result;
        Thread thread = new Thread(() -> {
            Practice practice;
            try {
                practice = Practice.open(practiceFile, clock);
            } catch (DatabaseOpenException | RuntimeException e) {
                result.practice().completeExceptionally(e);
                result.snapshot().completeExceptionally(e);
                return;
            }
            result.practice().complete(practice);
            try {
                result.snapshot().complete(OpeningSnapshot.of(practice, NameOrder.of(locale)));
            } catch (RuntimeException e) {
                result.snapshot().completeExceptionally(e);
            }
        }, "kabinet-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** The opening begun for {@code practiceFile}, once: later opens go the usual way. */
    static synchronized Optional<Opening> take(Path practiceFile) {
        if (opening == null || !practiceFile.equals(file)) {
            return Optional.empty();
        }
        Opening taken = opening;
        opening = null;
        return Optional.of(taken);
    }

    /** The exception a failed opening threw, without the future's wrapping. */
    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
