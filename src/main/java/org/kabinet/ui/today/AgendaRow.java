package org.kabinet.ui.today;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import java.util.List;
import org.kabinet.logic.AgendaItem;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionStatus;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;
import org.kabinet.ui.common.Tooltips;

/**
 * One session on the Today screen: time, client, progress, the lesson planned, "next time, ask
 * about…", and the button that closes it. The row takes focus: Enter opens the client,
 * Ctrl+Enter closes the session.
 */
final class AgendaRow extends HBox {

    /** What the row asks the screen to do. */
    interface Actions {
        void openClient(AgendaItem item);

        void closeSession(AgendaItem item);

        /** She has asked: clear the client's "next time, ask about…". */
        void clearAsked(AgendaItem item);
    }

    private final AgendaItem item;
    /** The client's homework to review; left out of the layout when there is none. */
    private final VBox homeworkSlot = new VBox(2);
    private final VBox what;
    private final Messages messages;

    AgendaRow(AgendaItem item, List<HomeworkLine> homework, AgendaTexts texts, Messages messages, Actions actions) {
        this.item = item;
        SessionStatus status = item.session().status();
        setId("sessionRow" + item.session().id());
        getStyleClass().add("agenda-row");
        if (status != SessionStatus.PLANNED && status != SessionStatus.DONE) {
            getStyleClass().add("agenda-row-off");
        }
        setFocusTraversable(true);
        setSpacing(16);
        setAlignment(Pos.TOP_LEFT);

        Label time = new Label(texts.times(item.session()));
        time.getStyleClass().add("agenda-time");
        VBox when = new VBox(2, time);
        when.getStyleClass().add("agenda-when");
        if (status != SessionStatus.PLANNED) {
            Label statusLabel = new Label(messages.of(status));
            statusLabel.setId("statusLabel");
            statusLabel.getStyleClass().addAll("agenda-status", status == SessionStatus.DONE ? "agenda-done" : "text-muted");
            statusLabel.setWrapText(true);
            when.getChildren().add(statusLabel);
        }

        Label name = new Label(item.client().name().full());
        name.setId("clientNameLabel");
        name.getStyleClass().add("agenda-name");
        HBox who = new HBox(10, name);
        who.setAlignment(Pos.BASELINE_LEFT);
        String badgeText = texts.badge(item);
        if (!badgeText.isEmpty()) {
            Label badge = new Label(badgeText);
            badge.setId("progressBadge");
            badge.getStyleClass().add("agenda-badge");
            who.getChildren().add(badge);
        }
        String purposeText = texts.purpose(item);
        if (item.session().format() == SessionFormat.ONLINE) {
            purposeText = purposeText + " · " + messages.of(SessionFormat.ONLINE);
        }
        Label purpose = new Label(purposeText);
        purpose.setId("purposeLabel");
        purpose.getStyleClass().add("agenda-purpose");
        what = new VBox(3, who, purpose);
        if (item.askNextTime() != null && !item.askNextTime().isBlank()) {
            Label ask = new Label(messages.get("today.askNextTime", item.askNextTime().strip()));
            ask.setId("askNextTimeLabel");
            ask.setGraphic(Icons.of(Icon.ASK));
            ask.getStyleClass().add("agenda-ask");
            ask.setWrapText(true);
            Button clear = new Button(messages.get("notes.ask.clear"));
            clear.setId("clearAskButton");
            clear.getStyleClass().addAll("small", "flat", "agenda-ask-clear");
            clear.setMinWidth(Region.USE_PREF_SIZE);
            Tooltips.set(clear, messages.get("notes.ask.clear.tip"));
            clear.setOnAction(e -> actions.clearAsked(item));
            HBox askLine = new HBox(8, ask, clear);
            HBox.setHgrow(ask, Priority.SOMETIMES);
            askLine.setAlignment(Pos.BASELINE_LEFT);
            what.getChildren().add(askLine);
        }
        this.messages = messages;
        showHomework(homework);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(when, what);
        if (status == SessionStatus.PLANNED) {
            Button close = new Button(messages.get("today.closeSession"), Icons.of(Icon.SAVE));
            close.setId("closeSessionButton");
            close.getStyleClass().add("accent");
            close.setMinWidth(Region.USE_PREF_SIZE);
            Tooltips.set(close, messages.get("today.closeSession.tip"));
            close.setOnAction(e -> actions.closeSession(item));
            getChildren().add(close);
        }
        setAccessibleText(time.getText() + " " + name.getText() + " " + purposeText);

        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && status == SessionStatus.PLANNED) {
                actions.closeSession(item);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == this) {
                actions.openClient(item);
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!onButton(e.getPickResult().getIntersectedNode())) {
                requestFocus();
                actions.openClient(item);
            }
        });
    }

    /** Shows the client's homework to review (read after the row itself, so as not to hold up Today). */
    void showHomework(List<HomeworkLine> homework) {
        homeworkSlot.getChildren().clear();
        what.getChildren().remove(homeworkSlot);
        if (!homework.isEmpty()) {
            fillHomework(homework, messages);
            what.getChildren().add(homeworkSlot);
        }
    }

    long clientId() {
        return item.client().id();
    }

    /** Not reported yet is quiet; "not done" stands out from "done" and "partly done". */
    private static String statusStyle(HomeworkStatus status) {
        return switch (status) {
            case ASSIGNED -> "text-muted";
            case NOT_DONE -> "agenda-homework-not-done";
            default -> "agenda-homework-reported";
        };
    }

    private void fillHomework(List<HomeworkLine> homework, Messages messages) {
        homeworkSlot.setId("homeworkToReview");
        homeworkSlot.getStyleClass().add("agenda-homework");
        Label title = new Label(messages.get("today.homework.title"), Icons.of(Icon.LIBRARY));
        title.getStyleClass().add("agenda-homework-title");
        homeworkSlot.getChildren().add(title);
        for (HomeworkLine line : homework) {
            Label status = new Label(messages.of(line.status()));
            status.getStyleClass().addAll("agenda-homework-status", statusStyle(line.status()));
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label("• " + line.title());
            name.setWrapText(true);
            HBox row = new HBox(8, name, status);
            row.setId("homework" + line.id());
            row.setAlignment(Pos.BASELINE_LEFT);
            homeworkSlot.getChildren().add(row);
        }
    }

    AgendaItem item() {
        return item;
    }

    private boolean onButton(Node node) {
        for (Node n = node; n != null && n != this; n = n.getParent()) {
            if (n instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }
}
