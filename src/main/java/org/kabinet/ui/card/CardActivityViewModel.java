package org.kabinet.ui.card;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The sessions and enrolments of the open client, for the card's sessions and program tabs.
 * Read only when one of those tabs is looked at, in the background; after every change the
 * client's list row is told to refresh ({@code onChanged}).
 */
final class CardActivityViewModel {

    private final Practice practice;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final LongConsumer onChanged;
    private final ReadOnlyObjectWrapper<CardActivity> activity = new ReadOnlyObjectWrapper<>(CardActivity.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    /** The client asked for last: an answer for another client, arriving late, is dropped. */
    private long wanted;

    CardActivityViewModel(Practice practice, TaskExecutor executor, Consumer<Throwable> onError, LongConsumer onChanged) {
        this.practice = practice;
        this.executor = executor;
        this.onError = onError;
        this.onChanged = onChanged;
    }

    ReadOnlyObjectProperty<CardActivity> activity() {
        return activity.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** Reads the activity of {@code clientId} unless it is already shown; 0 clears it. */
    void load(long clientId) {
        if (clientId == 0) {
            wanted = 0;
            activity.set(CardActivity.NONE);
            return;
        }
        if (wanted == clientId && activity.get().clientId() == clientId) {
            return;
        }
        reload(clientId);
    }

    /** Forgets what was read, so the next look reads again (another client is open). */
    void forget() {
        wanted = 0;
        activity.set(CardActivity.NONE);
    }

    long clientId() {
        return wanted;
    }

    private void reload(long clientId) {
        wanted = clientId;
        loading.set(true);
        executor.run(() -> CardActivity.read(practice, clientId), read -> {
            if (read.clientId() == wanted) {
                activity.set(read);
                loading.set(false);
            }
        }, e -> {
            loading.set(false);
            onError.accept(e);
        });
    }

    /** After a session or enrolment changed: read again and refresh the list row. */
    void changed() {
        long id = wanted;
        if (id != 0) {
            reload(id);
            onChanged.accept(id);
        }
    }

    void deleteSession(long sessionId) {
        executor.run(() -> {
            practice.sessions().delete(sessionId);
            return null;
        }, done -> changed(), onError);
    }

    void setStatus(long enrolmentId, EnrolmentStatus status) {
        executor.run(() -> practice.enrolments().setStatus(enrolmentId, status), done -> changed(), onError);
    }

    /** Enrols the client; a rule that refuses it goes to {@code refused}, with nothing written. */
    void enrol(long programId, LocalDate on, Long price, Runnable enrolled, Consumer<RuleException> refused) {
        long clientId = wanted;
        executor.run(() -> practice.enrolments().enrol(clientId, programId, on, price), (Enrolment e) -> {
            changed();
            enrolled.run();
        }, e -> {
            if (e instanceof RuleException rule) {
                refused.accept(rule);
            } else {
                onError.accept(e);
            }
        });
    }

    /** The programs she can enrol a client in: those not retired. */
    void programs(Consumer<List<Program>> then) {
        executor.run(() -> practice.programs().programs().stream().filter(p -> !p.retired()).toList(), then, onError);
    }

    /** Works out when a new session would likely be, in the background (it looks at the diary). */
    void suggestStart(Consumer<LocalDateTime> then) {
        List<Session> own = activity.get().sessions();
        executor.run(() -> SessionTimes.suggest(own, practice.sessions().now(),
                day -> practice.sessions().between(day, day.plusDays(1))), then, onError);
    }

    LocalDate today() {
        return practice.clients().today();
    }
}
