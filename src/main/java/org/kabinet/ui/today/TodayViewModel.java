package org.kabinet.ui.today;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.logic.AgendaItem;
import org.kabinet.logic.AgendaService;
import org.kabinet.ui.common.TaskExecutor;

/**
 * Today's and tomorrow's sessions, read in the background each time the screen comes into view.
 * A reload that finishes after a later one started is dropped, so the lists never go back in time.
 */
public final class TodayViewModel {

    /** What one load read: the day it was "today" and the sessions of it and the next day. */
    record Agenda(LocalDate today, List<AgendaItem> todays, List<AgendaItem> tomorrows) {
    }

    private final AgendaService agenda;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;

    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AgendaItem> todays = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> tomorrows = FXCollections.observableArrayList();
    private final ObservableList<AgendaItem> todaysView = FXCollections.unmodifiableObservableList(todays);
    private final ObservableList<AgendaItem> tomorrowsView = FXCollections.unmodifiableObservableList(tomorrows);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public TodayViewModel(AgendaService agenda, TaskExecutor executor, Consumer<Throwable> onError) {
        this.agenda = agenda;
        this.executor = executor;
        this.onError = onError;
    }

    /** Reads both days again; {@code then} runs once they are shown. */
    public void load(Runnable then) {
        long mine = ++generation;
        executor.run(() -> {
            LocalDate day = agenda.today();
            return new Agenda(day, agenda.day(day), agenda.day(day.plusDays(1)));
        }, read -> {
            if (mine != generation) {
                return;
            }
            today.set(read.today());
            todays.setAll(read.todays());
            tomorrows.setAll(read.tomorrows());
            loaded.set(true);
            then.run();
        }, onError);
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
