package org.kabinet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    record Opening(CompletableFuture<Practice> practice, CompletableFuture<OpeningSnapshot> snapshot,
            CompletableFuture<Void> readListNow) {

        /** Lets the list be read now: the window is on screen, or cannot show without it. */
        void releaseList() {
            readListNow.complete(null);
        }
    }

    /** How long the list waits for the window's first frame before it is read anyway. */
    private static final long LIST_WAIT_MS = 3000;

    private static Path file;
    private static Opening opening;

    private Preload() {
    }

    static synchronized void begin(Path practiceFile, Clock clock, Locale locale) {
        file = practiceFile;
        // The thread keeps its own reference: take() hands the field over and clears it.
        Opening result = new Opening(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
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
            // Reading the list would compete for the processor with drawing the first screen,
            // which does not need it.
            awaitQuietly(result.readListNow());
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

    private static void awaitQuietly(CompletableFuture<Void> gate) {
        try {
            gate.get(LIST_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Read it anyway: the list is needed sooner or later.
        }
    }

    /** The exception a failed opening threw, without the future's wrapping. */
    static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
