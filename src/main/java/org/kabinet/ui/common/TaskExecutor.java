package org.kabinet.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the JavaFX thread and hands the result back on it. View models use this
 * for every database call, so the window never freezes; tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the
     * JavaFX thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work and waits for what is running, so the database can close safely. */
    void shutdown();
}
