package org.kabinet.ui.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.i18n.DateFormats;
import org.kabinet.logic.ClosedSession;
import org.kabinet.logic.CloseSession;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionWarning;
import org.kabinet.logic.UnconfirmedWarningsException;
import org.kabinet.logic.ValidationException;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.FieldError;
import org.kabinet.model.Lesson;
import org.kabinet.model.LessonStep;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.Text;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The routine after a session, as the panel edits it: the next session to book (date, time,
 * length, on by default), "next time, ask about…", and saving it all in one go. Warnings the
 * service raises go to {@link Prompts} for her to accept, then the save is tried again.
 */
public final class CloseSessionViewModel {

    /** What the panel asks the person when saving needs her word. */
    public interface Prompts {
        /** Shows the warnings; true when she accepts them and wants to save anyway. */
        boolean accept(List<SessionWarning> warnings);

        /** Tells her why the practice's rules refused the save. */
        void refused(RuleException refusal);
    }

    private Supplier<List<Homework>> homework = List::of;
    private Supplier<Map<Long, HomeworkStatus>> reviewed = Map::of;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.\\s]?(\\d{2}))?");
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private final Practice practice;
    private final TaskExecutor executor;
    private final DateFormats dates;
    private final Consumer<Throwable> onError;
    private Prompts prompts;

    private CloseSessionData data;
    private String originalAsk = "";
    private long slotsGeneration;

    private final BooleanProperty bookNext = new SimpleBooleanProperty(true);
    private final StringProperty nextDate = new SimpleStringProperty("");
    private final StringProperty nextTime = new SimpleStringProperty("");
    private final StringProperty nextMinutes = new SimpleStringProperty("");
    private final StringProperty askNextTime = new SimpleStringProperty("");
    private final ObservableList<LocalDateTime> freeSlots = FXCollections.observableArrayList();
    private final StringProperty dateError = new SimpleStringProperty("");
    private final StringProperty timeError = new SimpleStringProperty("");
    private final StringProperty minutesError = new SimpleStringProperty("");
    private final StringProperty formError = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public CloseSessionViewModel(Practice practice, TaskExecutor executor, DateFormats dates,
            Consumer<Throwable> onError) {
        this.practice = practice;
        this.executor = executor;
        this.dates = dates;
        this.onError = onError;
        nextDate.addListener((obs, old, now) -> refreshSlots());
        nextMinutes.addListener((obs, old, now) -> refreshSlots());
    }

    public void setPrompts(Prompts prompts) {
        this.prompts = prompts;
    }

    /** Reads the session and what to suggest in the background; {@code then} runs once the fields hold it. */
    public void load(long sessionId, Runnable then) {
        executor.run(() -> read(sessionId), read -> {
            show(read);
            then.run();
        }, e -> {
            if (e instanceof RuleException refusal && prompts != null) {
                prompts.refused(refusal);
            } else {
                onError.accept(e);
            }
        });
    }

    private CloseSessionData read(long sessionId) {
        Session session = practice.sessions().find(sessionId).orElseThrow(() -> new RuleException("session.gone"));
        var item = practice.agenda().day(session.start().toLocalDate()).stream()
                .filter(i -> i.session().id() == sessionId).findFirst()
                .orElseThrow(() -> new RuleException("session.gone"));
        Session next = practice.agenda().suggestNext(session);
        Lesson nextLesson = next.lessonId() == null ? null
                : practice.enrolments().progress(session.clientId()).stream()
                        .map(ProgramProgress::steps).flatMap(List::stream).map(LessonStep::lesson)
                        .filter(l -> l.id() == next.lessonId()).findFirst().orElse(null);
        LocalDate day = next.start().toLocalDate();
        List<LocalDateTime> free = practice.agenda().freeSlots(day, day.plusDays(1), next.minutes())
                .getOrDefault(day, List.of());
        return new CloseSessionData(item, next, nextLesson, free);
    }

    private void show(CloseSessionData read) {
        originalAsk = read.item().askNextTime() == null ? "" : read.item().askNextTime();
        askNextTime.set(originalAsk);
        Session next = read.suggestion();
        nextTime.set(TIME_FORMAT.format(next.start()));
        nextMinutes.set(Integer.toString(next.minutes()));
        nextDate.set(dates.format(next.start().toLocalDate()));
        freeSlots.setAll(read.freeSlots());
        // Only now: the fields set above would otherwise read the slots just read once more.
        data = read;
    }

    /** Reads the free slots of the day typed, for the length typed; a later answer wins. */
    private void refreshSlots() {
        if (data == null) {
            return;
        }
        long mine = ++slotsGeneration;
        Optional<LocalDate> day = dates.parse(Text.clean(nextDate.get()));
        Optional<Integer> minutes = minutes(nextMinutes.get());
        if (day.isEmpty() || minutes.isEmpty()) {
            freeSlots.clear();
            return;
        }
        LocalDate d = day.get();
        int m = minutes.get();
        executor.run(() -> practice.agenda().freeSlots(d, d.plusDays(1), m).getOrDefault(d, List.of()), free -> {
            if (mine == slotsGeneration) {
                freeSlots.setAll(free);
            }
        }, onError);
    }

    /** Puts a free slot's time into the time field. */
    public void pickSlot(LocalDateTime slot) {
        nextTime.set(TIME_FORMAT.format(slot));
    }

    /**
     * Where the homework part of the panel comes from: the homework to give, and how last time's
     * went. Both are saved with the session, in the same transaction.
     */
    public void setHomework(Supplier<List<Homework>> toGive, Supplier<Map<Long, HomeworkStatus>> marks) {
        this.homework = toGive;
        this.reviewed = marks;
    }

    /**
     * Saves: the session done, the next one booked if asked, the line updated if changed.
     * {@code onSaved} gets what was saved; wrong fields are reported beside them instead.
     */
    public void save(Consumer<ClosedSession> onSaved) {
        if (data == null || saving.get()) {
            return;
        }
        dateError.set("");
        timeError.set("");
        minutesError.set("");
        formError.set("");
        Session next = null;
        if (bookNext.get()) {
            Optional<LocalDate> day = dates.parse(Text.clean(nextDate.get()));
            Optional<LocalTime> time = parseTime(nextTime.get());
            Optional<Integer> minutes = minutes(nextMinutes.get());
            dateError.set(day.isEmpty() ? "close.error.date" : "");
            timeError.set(time.isEmpty() ? "close.error.time" : "");
            minutesError.set(minutes.isEmpty() ? "session.error.minutes" : "");
            if (day.isEmpty() || time.isEmpty() || minutes.isEmpty()) {
                return;
            }
            Session s = data.suggestion();
            next = new Session(0, s.clientId(), day.get().atTime(time.get()), minutes.get(), s.format(), s.kind(),
                    s.status(), false, s.fee(), false, s.enrolmentId(), s.lessonId());
        }
        String ask = askNextTime.get() == null ? "" : askNextTime.get().strip();
        String changedAsk = ask.equals(originalAsk.strip()) ? null : ask;
        submit(new CloseSession(data.item().session().id(), next, changedAsk, Set.of(), homework.get(),
                reviewed.get()), onSaved);
    }

    private void submit(CloseSession request, Consumer<ClosedSession> onSaved) {
        saving.set(true);
        executor.run(() -> practice.sessions().close(request), closed -> {
            saving.set(false);
            onSaved.accept(closed);
        }, e -> {
            saving.set(false);
            failed(e, request, onSaved);
        });
    }

    private void failed(Throwable e, CloseSession request, Consumer<ClosedSession> onSaved) {
        if (e instanceof UnconfirmedWarningsException unconfirmed) {
            if (prompts != null && prompts.accept(unconfirmed.warnings())) {
                Set<SessionWarning.Kind> accepted = EnumSet.noneOf(SessionWarning.Kind.class);
                accepted.addAll(request.accepted());
                unconfirmed.warnings().forEach(w -> accepted.add(w.kind()));
                submit(request.accepting(accepted), onSaved);
            }
        } else if (e instanceof ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                switch (error.field()) {
                    case "start" -> dateError.set(error.messageKey());
                    case "minutes" -> minutesError.set(error.messageKey());
                    default -> formError.set(error.messageKey());
                }
            }
        } else if (e instanceof RuleException refusal && prompts != null) {
            prompts.refused(refusal);
        } else {
            onError.accept(e);
        }
    }

    /** A time as people type it: 9, 09:30, 9.30, 930; empty when it is not a time of day. */
    static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static Optional<Integer> minutes(String text) {
        try {
            int m = Integer.parseInt(text == null ? "" : text.strip());
            return m >= 5 && m <= 600 ? Optional.of(m) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The session being closed, with its client and lesson; null until loaded. */
    public CloseSessionData data() {
        return data;
    }

    public BooleanProperty bookNext() {
        return bookNext;
    }

    public StringProperty nextDate() {
        return nextDate;
    }

    public StringProperty nextTime() {
        return nextTime;
    }

    public StringProperty nextMinutes() {
        return nextMinutes;
    }

    public StringProperty askNextTime() {
        return askNextTime;
    }

    /**
     * A line was pinned from the session's note: {@code whole} is the client's "ask about" in the
     * file now. The field shows it, keeping what she has typed there; saving then writes the field.
     */
    public void askNextTimePinned(String whole) {
        String now = askNextTime.get() == null ? "" : askNextTime.get();
        String before = originalAsk;
        originalAsk = whole;
        if (now.strip().equals(before.strip())) {
            askNextTime.set(whole);
            return;
        }
        StringBuilder merged = new StringBuilder(now.stripTrailing());
        for (String line : whole.split("\\R")) {
            String pinned = line.strip();
            boolean isNew = before.lines().noneMatch(l -> l.strip().equals(pinned));
            if (!pinned.isEmpty() && isNew && now.lines().noneMatch(l -> l.strip().equals(pinned))) {
                merged.append(merged.length() == 0 ? "" : "\n").append(pinned);
            }
        }
        askNextTime.set(merged.toString());
    }

    public ObservableList<LocalDateTime> freeSlots() {
        return freeSlots;
    }

    public StringProperty dateError() {
        return dateError;
    }

    public StringProperty timeError() {
        return timeError;
    }

    public StringProperty minutesError() {
        return minutesError;
    }

    public StringProperty formError() {
        return formError;
    }

    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }
}
