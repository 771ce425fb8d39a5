package org.kabinet.ui.calendar;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Lesson;
import org.kabinet.model.PersonName;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;

/**
 * A session drawn on the calendar: time, client, lesson or kind; its tone says planned, held or
 * called off, and a warning mark says it shares time with another. A click opens the client; the
 * context menu (right click, or the menu key) edits it or closes it.
 */
final class SessionBlock extends VBox {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    /** What the calendar does when she picks an action on a session. */
    interface Actions {
        void openClient(Session session);

        void close(Session session);

        void edit(Session session);
    }

    SessionBlock(WeekLayout.Block block, WeekSnapshot week, Messages messages, Actions actions) {
        Session s = block.session();
        setId("session-" + s.id());
        getStyleClass().addAll("calendar-session", toneOf(s.status()));
        setFocusTraversable(true);

        Label time = new Label(span(s));
        time.getStyleClass().addAll("calendar-session-time", "text-small");
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(4, time);
        top.setAlignment(Pos.CENTER_LEFT);
        // In a narrow overlapping lane the warning matters more than the tick.
        if (s.status() == SessionStatus.DONE && !block.overlaps()) {
            top.getChildren().add(Icons.of(Icon.SAVE, 11));
        }
        if (block.overlaps()) {
            // First in the line, so that even a narrow lane shows the warning.
            getStyleClass().add("calendar-overlap");
            var warning = Icons.of(Icon.WARNING, 12);
            warning.getStyleClass().add("calendar-overlap-icon");
            top.getChildren().add(0, warning);
        }
        Label name = new Label(shortName(week.name(s.clientId())));
        name.setId("sessionName-" + s.id());
        name.getStyleClass().add("calendar-session-name");
        Label what = new Label(describe(s, week, messages));
        what.getStyleClass().addAll("calendar-session-what", "text-small");
        getChildren().addAll(top, name, what);
        // A short session cannot show every line: cut them off at its edge rather than spill over.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        Tooltip tooltip = new Tooltip(tooltipText(block, week, messages));
        tooltip.setShowDelay(Duration.millis(400));
        Tooltip.install(this, tooltip);

        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                actions.openClient(s);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                actions.openClient(s);
                e.consume();
            }
        });
        ContextMenu menu = menu(s, messages, actions);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    }

    private static ContextMenu menu(Session s, Messages messages, Actions actions) {
        MenuItem open = new MenuItem(messages.get("calendar.menu.openClient"));
        open.setId("openClientItem");
        open.setOnAction(e -> actions.openClient(s));
        MenuItem edit = new MenuItem(messages.get("calendar.menu.edit"), Icons.of(Icon.EDIT));
        edit.setId("editSessionItem");
        edit.setOnAction(e -> actions.edit(s));
        ContextMenu menu = new ContextMenu(open, edit);
        if (s.status() == SessionStatus.PLANNED) {
            MenuItem close = new MenuItem(messages.get("calendar.menu.close"), Icons.of(Icon.SESSION));
            close.setId("closeSessionItem");
            close.setOnAction(e -> actions.close(s));
            menu.getItems().add(1, close);
        }
        return menu;
    }

    private static String toneOf(SessionStatus status) {
        return switch (status) {
            case PLANNED -> "calendar-planned";
            case DONE -> "calendar-done";
            case CANCELLED_BY_CLIENT, CANCELLED_BY_ME, NO_SHOW -> "calendar-called-off";
        };
    }

    static String span(Session s) {
        return TIME.format(s.start()) + "–" + TIME.format(s.end());
    }

    /** "Petrova Anna": the last and first name fit a narrow block; the tooltip has the full name. */
    private static String shortName(PersonName name) {
        return (name.lastName() + " " + name.firstName()).strip();
    }

    /** The lesson it covers, else its kind; for one that did not happen, why. */
    private static String describe(Session s, WeekSnapshot week, Messages messages) {
        return s.status().occupiesTime() ? lessonOrKind(s, week, messages) : messages.of(s.status());
    }

    private static String lessonOrKind(Session s, WeekSnapshot week, Messages messages) {
        Lesson lesson = s.lessonId() == null ? null : week.lessons().get(s.lessonId());
        return lesson != null ? ProgramLabels.lesson(lesson, messages) : messages.of(s.kind());
    }

    private static String tooltipText(WeekLayout.Block block, WeekSnapshot week, Messages messages) {
        Session s = block.session();
        StringBuilder text = new StringBuilder(span(s)).append("  ").append(week.name(s.clientId()).full())
                .append('\n').append(lessonOrKind(s, week, messages))
                .append(" · ").append(messages.of(s.status()));
        if (block.overlaps()) {
            String others = block.overlapsWith().stream()
                    .map(o -> span(o) + " " + shortName(week.name(o.clientId())))
                    .collect(Collectors.joining(", "));
            text.append("\n\n").append(messages.get("calendar.overlap", others));
        }
        return text.toString();
    }
}
