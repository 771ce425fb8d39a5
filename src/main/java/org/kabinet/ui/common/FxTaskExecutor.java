package org.kabinet.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The app's background worker: one thread, because there is one database connection and SQLite
 * serialises writes anyway; one thread also keeps the order of the user's actions. {@link #busy()}
 * is true while work is queued or running, for the status bar's progress indicator.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kabinet-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        changePending(+1);
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changePending(-1);
                    onSuccess.accept(result);
                });
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "background work failed", e);
                Platform.runLater(() -> {
                    changePending(-1);
                    onFailure.accept(e);
                });
            }
        });
    }

    private void changePending(int delta) {
        int now = pending.addAndGet(delta);
        Runnable update = () -> busy.set(pending.get() > 0);
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
        assert now >= 0;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
