package org.kabinet.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.ui.common.Tooltips;

/**
 * The week drawn as a grid: a column of hours, then Monday to Sunday with a header each (weekday
 * and date in the user's language, today marked), sessions as blocks and free slots as light
 * buttons that book a session there. Days off are narrower and greyed.
 */
final class WeekGrid {

    private static final double TIME_COLUMN_PERCENT = 5;

    private final Messages messages;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter weekdayShort;
    private final DateTimeFormatter dayMonthShort;
    private final SessionBlock.Actions actions;
    private final Consumer<LocalDateTime> onBook;

    WeekGrid(Messages messages, SessionBlock.Actions actions, Consumer<LocalDateTime> onBook) {
        this.messages = messages;
        Locale locale = dateLocale(messages);
        this.weekday = DateTimeFormatter.ofPattern("EEEE", locale);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.weekdayShort = DateTimeFormatter.ofPattern("EEE", locale);
        this.dayMonthShort = DateTimeFormatter.ofPattern("d MMM", locale);
        this.actions = actions;
        this.onBook = onBook;
    }

    /** British English writes the day before the month, like the rest of Kabinet's dates. */
    static Locale dateLocale(Messages messages) {
        return messages.language() == Language.EN ? Locale.UK : messages.locale();
    }

    GridPane build(WeekSnapshot week) {
        WeekLayout layout = week.layout();
        int hours = layout.lastHour() - layout.firstHour();
        GridPane grid = new GridPane();
        grid.setId("weekGrid");
        grid.getStyleClass().add("calendar-grid");
        grid.getColumnConstraints().add(percent(TIME_COLUMN_PERCENT));
        // A day off weighs a little over half a working day: Sunday takes a narrow column.
        double weights = layout.days().stream().mapToDouble(d -> d.working() ? 2 : 1.2).sum();
        grid.add(new Region(), 0, 0);
        grid.add(timeColumn(layout, hours), 0, 1);
        for (int i = 0; i < layout.days().size(); i++) {
            WeekLayout.Day day = layout.days().get(i);
            grid.getColumnConstraints().add(percent((100 - TIME_COLUMN_PERCENT) * (day.working() ? 2 : 1.2) / weights));
            boolean today = day.date().equals(week.today());
            grid.add(header(i, day, today), i + 1, 0);
            grid.add(dayColumn(i, day, today, layout, hours, week), i + 1, 1);
        }
        return grid;
    }

    private static ColumnConstraints percent(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHalignment(HPos.LEFT);
        return c;
    }

    private VBox header(int index, WeekLayout.Day day, boolean today) {
        // A day off has a narrow column, so its header is abbreviated.
        Label name = new Label(capitalized((day.working() ? weekday : weekdayShort).format(day.date())));
        name.setId("dayName" + index);
        name.getStyleClass().add("calendar-day-name");
        Label date = new Label((day.working() ? dayMonth : dayMonthShort).format(day.date()));
        date.setId("dayDate" + index);
        date.getStyleClass().addAll("calendar-day-date", "text-small");
        VBox header = new VBox(name, date);
        header.setId("dayHeader" + index);
        header.getStyleClass().add("calendar-day-header");
        if (today) {
            header.getStyleClass().add("calendar-today");
        }
        if (!day.working()) {
            header.getStyleClass().add("calendar-day-off");
        }
        return header;
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(messages.locale()) + text.substring(1);
    }

    private DayColumn timeColumn(WeekLayout layout, int hours) {
        DayColumn column = new DayColumn(hours);
        column.getStyleClass().add("calendar-hours");
        for (int h = 0; h < hours; h++) {
            Label label = new Label(SessionBlock.TIME.format(LocalTime.of(layout.firstHour() + h, 0)));
            label.getStyleClass().addAll("calendar-hour-label", "text-small");
            column.add(label, new WeekLayout.Place(h * 60, 20, 0, 1));
        }
        return column;
    }

    private DayColumn dayColumn(int index, WeekLayout.Day day, boolean today, WeekLayout layout, int hours,
            WeekSnapshot week) {
        DayColumn column = new DayColumn(hours);
        column.setId("day" + index);
        column.getStyleClass().add("calendar-day");
        if (today) {
            column.getStyleClass().add("calendar-today");
        }
        if (!day.working()) {
            column.getStyleClass().add("calendar-day-off");
        }
        for (int h = 0; h < hours; h++) {
            Region line = new Region();
            line.getStyleClass().add("calendar-hour-line");
            line.setMouseTransparent(true);
            column.add(line, new WeekLayout.Place(h * 60, 0, 0, 1));
        }
        for (WeekLayout.FreeCell cell : day.free()) {
            column.add(freeButton(index, day.date(), cell), cell.place());
        }
        for (WeekLayout.Block block : day.blocks()) {
            column.add(new SessionBlock(block, week, messages, actions), block.place());
        }
        return column;
    }

    private Button freeButton(int index, LocalDate date, WeekLayout.FreeCell cell) {
        Button free = new Button(messages.get("calendar.free"));
        free.setId("free" + index + "-" + DateTimeFormatter.ofPattern("HHmm").format(cell.start()));
        free.getStyleClass().add("calendar-free");
        free.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        // Some seventy free hours a week would each take a Tab stop between her and the sessions and the
        // week's buttons; from the keyboard a session is planned from the card ("Plan a session").
        free.setFocusTraversable(false);
        Tooltips.set(free, messages.get("calendar.free.tooltip",
                capitalized(weekday.format(date)) + ", " + dayMonth.format(date), SessionBlock.TIME.format(cell.start())));
        free.setOnAction(e -> onBook.accept(cell.start()));
        return free;
    }
}
