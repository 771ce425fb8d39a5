package org.kabinet.ui.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.Practice;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.today.HomeworkLine;

/**
 * The homework part of closing a session: what the client has to review (with quick statuses),
 * the lesson's default exercises to preselect, and the homework chosen, linked to the session and
 * its lesson, to be saved with the session.
 */
public final class CloseHomeworkViewModel {

    private final Practice practice;
    private final TaskExecutor executor;
    private final Locale locale;
    private final Consumer<Throwable> onError;

    private long clientId;
    private List<Long> lessonDefaults = List.of();
    private final ObservableList<HomeworkLine> toReview = FXCollections.observableArrayList();
    private final StringProperty freeText = new SimpleStringProperty("");
    private final BooleanProperty printSheet = new SimpleBooleanProperty(true);
    private final Map<Long, HomeworkStatus> marks = new java.util.LinkedHashMap<>();

    public CloseHomeworkViewModel(Practice practice, TaskExecutor executor, Locale locale, Consumer<Throwable> onError) {
        this.practice = practice;
        this.executor = executor;
        this.locale = locale;
        this.onError = onError;
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

    /**
     * Notes where a piece of homework to review stands. It is saved with the session when she
     * saves the panel, and not at all if she cancels.
     */
    public void setStatus(long homeworkId, HomeworkStatus status) {
        marks.put(homeworkId, status);
        toReview.replaceAll(line -> line.id() == homeworkId ? new HomeworkLine(line.id(), line.title(), status) : line);
    }

    /** The statuses noted so far: homework id → status. */
    public Map<Long, HomeworkStatus> marks() {
        return Map.copyOf(marks);
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

    /**
     * Due on the day of the next session being booked, else a week after this one, but never
     * before tomorrow: a session written up late must not give homework that is already overdue.
     */
    public static LocalDate due(boolean bookNext, Optional<LocalDate> nextDay, LocalDate sessionDay,
            LocalDate today) {
        if (bookNext && nextDay.isPresent()) {
            return nextDay.get();
        }
        LocalDate weekLater = sessionDay.plusWeeks(1);
        return weekLater.isAfter(today) ? weekLater : today.plusDays(1);
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
