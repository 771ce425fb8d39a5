package org.kabinet.ui.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kabinet.logic.CalendarExportService;
import org.kabinet.logic.Practice;
import org.kabinet.ui.common.TaskExecutor;

/** The week shown in the calendar and moving between weeks; reads go through the executor. */
public final class WeekCalendarViewModel {

    private final Practice practice;
    private final TaskExecutor executor;
    private final Consumer<Throwable> onError;
    private final WeekLoader loader;
    private final ReadOnlyObjectWrapper<LocalDate> monday;
    private final ReadOnlyObjectWrapper<WeekSnapshot> week = new ReadOnlyObjectWrapper<>();

    public WeekCalendarViewModel(Practice practice, TaskExecutor executor, Consumer<Throwable> onError) {
        this.practice = practice;
        this.executor = executor;
        this.onError = onError;
        this.loader = new WeekLoader(practice);
        this.monday = new ReadOnlyObjectWrapper<>(WeekLayout.mondayOf(practice.agenda().today()));
    }

    /** The Monday of the week chosen; the snapshot follows once read. */
    public ReadOnlyObjectProperty<LocalDate> monday() {
        return monday.getReadOnlyProperty();
    }

    /** The week as last read; null until the first read. */
    public ReadOnlyObjectProperty<WeekSnapshot> week() {
        return week.getReadOnlyProperty();
    }

    public void previousWeek() {
        goTo(monday.get().minusWeeks(1));
    }

    public void nextWeek() {
        goTo(monday.get().plusWeeks(1));
    }

    public void thisWeek() {
        goTo(WeekLayout.mondayOf(practice.agenda().today()));
    }

    /** Reads the chosen week again, after a booking or when the screen comes into view. */
    public void reload() {
        LocalDate asked = monday.get();
        executor.run(() -> loader.load(asked), snapshot -> {
            // A quick run of PageDown asks for several weeks; only the one still chosen is shown.
            if (asked.equals(monday.get())) {
                week.set(snapshot);
            }
        }, onError);
    }

    /**
     * Writes the planned sessions and calls of the next 30 days to {@code out}, in the background;
     * {@code done} hears what was written, {@code failed} why not.
     */
    public void exportCalendar(Path out, Locale locale, Consumer<CalendarExportService.Exported> done,
            Consumer<Throwable> failed) {
        executor.run(() -> practice.calendarExport().export(CalendarExportService.DEFAULT_DAYS, null, locale, out),
                done, failed);
    }

    private void goTo(LocalDate newMonday) {
        monday.set(newMonday);
        reload();
    }
}
