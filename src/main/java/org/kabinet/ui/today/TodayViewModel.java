package org.kabinet.ui.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.AgendaItem;
import org.kabinet.logic.AgendaService;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.TaskExecutor;

/**
 * Today's and tomorrow's sessions, with each client's homework to review, read in one background
 * call each time the screen comes into view. A reload that finishes after a later one started is dropped, so the lists never go back in time.
 */
public final class TodayViewModel {

    /**
     * What one load read: the day it was "today", the sessions of it and the next day, and the
     * homework to review of each client coming in, by client id.
     */
    record Agenda(LocalDate today, List<AgendaItem> todays, List<AgendaItem> tomorrows) {
    }

    private final Practice practice;
    private final AgendaService agenda;
    private final Locale locale;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;

    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AgendaItem> todays = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> tomorrows = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> todaysView = FXCollections.unmodifiableObservableList(todays);
    private final ObservableList<AgendaItem> tomorrowsView = FXCollections.unmodifiableObservableList(tomorrows);
    private Map<Long, List<HomeworkLine>> homework = Map.of();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public TodayViewModel(Practice practice, Locale locale, TaskExecutor executor, Consumer<Throwable> onError) {
        this.practice = practice;
        this.agenda = practice.agenda();
        this.locale = locale;
        this.executor = executor;
        this.onError = onError;
    }

    /**
     * Reads both days again; {@code then} runs once they are shown. The homework to review
     * follows in a second read, and {@code homeworkRead} runs when it is in: Today appears without
     * waiting for the library's texts.
     */
    public void load(Runnable then, Runnable homeworkRead) {
        long mine = ++generation;
        executor.run(this::read, read -> {
            if (mine != generation) {
                return;
            }
            today.set(read.today());
            todays.setAll(read.todays());
            tomorrows.setAll(read.tomorrows());
            loaded.set(true);
            then.run();
            List<AgendaItem> both = new java.util.ArrayList<>(read.todays());
            both.addAll(read.tomorrows());
            executor.run(() -> readHomework(both), lines -> {
                if (mine == generation) {
                    homework = lines;
                    homeworkRead.run();
                }
            }, onError);
        }, onError);
    }

    private Agenda read() {
        LocalDate day = agenda.today();
        return new Agenda(day, agenda.day(day), agenda.day(day.plusDays(1)));
    }

    private Map<Long, List<HomeworkLine>> readHomework(List<AgendaItem> items) {
        Map<Long, List<HomeworkLine>> toReview = new HashMap<>();
        Map<Long, String> titles = null;
        for (AgendaItem item : items) {
            long clientId = item.client().id();
            if (toReview.containsKey(clientId)) {
                continue;
            }
            var open = practice.homework().toReview(clientId);
            if (!open.isEmpty() && titles == null) {
                // The library is read once, and only when some homework needs naming.
                titles = HomeworkLine.titles(practice.exercises().library(locale));
            }
            toReview.put(clientId, open.isEmpty() ? List.of() : HomeworkLine.of(open, titles));
        }
        return Map.copyOf(toReview);
    }

    /** The homework {@code clientId} has to review, as last read; empty if none. */
    public List<HomeworkLine> homeworkOf(long clientId) {
        return homework.getOrDefault(clientId, List.of());
    }

    /** Clears a client's "next time, ask about…" (she has asked), then runs {@code then}. */
    public void clearAsked(long clientId, Runnable then) {
        executor.run(() -> {
            practice.notes().clearPinned(clientId);
            return null;
        }, x -> then.run(), onError);
    }

    public ReadOnlyObjectProperty<LocalDate> today() {
        return today.getReadOnlyProperty();
    }

    public ObservableList<AgendaItem> todays() {
        return todaysView;
    }

    public ObservableList<AgendaItem> tomorrows() {
        return tomorrowsView;
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }
}
