package org.kabinet.ui.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.today.HomeworkLine;

/**
 * The homework part of closing a session: what the client has to review (with quick statuses),
 * the lesson's default exercises to preselect, and giving the homework chosen, linked to the
 * session and its lesson, once the session is saved.
 */
public final class CloseHomeworkViewModel {

    /** What giving homework asks the person. */
    public interface Prompts {
        /** The client is in the archive: true when she wants to give the homework all the same. */
        boolean giveToArchived();
    }

    private final Practice practice;
    private final TaskExecutor executor;
    private final Locale locale;
    private final Consumer<Throwable> onError;
    private Prompts prompts = () -> false;

    private long clientId;
    private List<Long> lessonDefaults = List.of();
    private final ObservableList<HomeworkLine> toReview = FXCollections.observableArrayList();
    private final StringProperty freeText = new SimpleStringProperty("");
    private final BooleanProperty printSheet = new SimpleBooleanProperty(true);

    public CloseHomeworkViewModel(Practice practice, TaskExecutor executor, Locale locale, Consumer<Throwable> onError) {
        this.practice = practice;
        this.executor = executor;
        this.locale = locale;
        this.onError = onError;
    }

    public void setPrompts(Prompts prompts) {
        this.prompts = prompts;
    }

    private record Read(List<Long> defaults, List<HomeworkLine> toReview) {
    }

    /** Reads the client's homework to review and the lesson's defaults; {@code then} runs once they are here. */
    public void load(long client, Long lessonId, Runnable then) {
        this.clientId = client;
        executor.run(() -> new Read(lessonId == null ? List.of() : practice.exercises().lessonDefaults(lessonId),
                readToReview(client)), read -> {
                    lessonDefaults = read.defaults();
                    toReview.setAll(read.toReview());
                    then.run();
                }, onError);
    }

    private List<HomeworkLine> readToReview(long client) {
        List<Homework> open = practice.homework().toReview(client);
        return open.isEmpty() ? List.of()
                : HomeworkLine.of(open, HomeworkLine.titles(practice.exercises().library(locale)));
    }

    /** Sets where a piece of homework to review stands, then reads the list again. */
    public void setStatus(long homeworkId, HomeworkStatus status) {
        long client = clientId;
        executor.run(() -> {
            practice.homework().setStatus(homeworkId, status);
            return readToReview(client);
        }, toReview::setAll, onError);
    }

    /**
     * The homework given: the exercises chosen and the free-text item if written, each linked
     * to the session and its lesson, due on {@code due}.
     */
    public static List<Homework> items(long clientId, Long sessionId, Long lessonId, List<Exercise> chosen,
            String freeText, LocalDate due) {
        List<Homework> items = new ArrayList<>();
        for (Exercise e : chosen) {
            items.add(new Homework(0, clientId, sessionId, lessonId, e.id(), e.title(), "", null, due,
                    HomeworkStatus.ASSIGNED, "", ""));
        }
        String free = freeText == null ? "" : freeText.strip();
        if (!free.isEmpty()) {
            items.add(new Homework(0, clientId, sessionId, lessonId, null, free, "", null, due,
                    HomeworkStatus.ASSIGNED, "", ""));
        }
        return items;
    }

    /** Due on the day of the next session being booked, else a week after this one. */
    public static LocalDate due(boolean bookNext, Optional<LocalDate> nextDay, LocalDate sessionDay) {
        return bookNext && nextDay.isPresent() ? nextDay.get() : sessionDay.plusWeeks(1);
    }

    /**
     * Gives the homework; for a client in the archive, asks first and tries again. {@code onDone}
     * gets what was saved (nothing when she declined), {@code onFailed} why it could not be.
     */
    public void assign(List<Homework> items, Consumer<List<Homework>> onDone, Consumer<Throwable> onFailed) {
        assign(items, false, onDone, onFailed);
    }

    private void assign(List<Homework> items, boolean archivedConfirmed, Consumer<List<Homework>> onDone,
            Consumer<Throwable> onFailed) {
        if (items.isEmpty()) {
            onDone.accept(List.of());
            return;
        }
        executor.run(() -> practice.homework().assign(items, archivedConfirmed), onDone, e -> {
            if (!archivedConfirmed && e instanceof RuleException r && "homework.error.archived".equals(r.messageKey())) {
                if (prompts.giveToArchived()) {
                    assign(items, true, onDone, onFailed);
                } else {
                    onDone.accept(List.of());
                }
            } else {
                onFailed.accept(e);
            }
        });
    }

    /** The exercises the session's lesson gives by default, to tick in the chooser. */
    public List<Long> lessonDefaults() {
        return lessonDefaults;
    }

    public ObservableList<HomeworkLine> toReview() {
        return toReview;
    }

    public StringProperty freeText() {
        return freeText;
    }

    public BooleanProperty printSheet() {
        return printSheet;
    }
}
