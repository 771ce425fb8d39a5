package org.kabinet.ui.planner;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.FollowUpLabels;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.model.Contact;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.ui.common.Icons;
import org.kabinet.ui.common.Icons.Icon;

/**
 * One call in the planner: who, "suggested" or "planned", the program progress and the day it is
 * due; why, in words; then the phone, the channel the client prefers and the last contact.
 * Focusable: the focused row is the one the keys act on.
 */
public final class PlanRowView extends VBox {

    private final PlanRow row;

    PlanRowView(PlanRow row, Messages messages, DateFormats dates) {
        this.row = row;
        setId(PlannerViewModel.rowId(row));
        getStyleClass().add("plan-row");
        setFocusTraversable(true);
        setSpacing(3);

        Label name = new Label(row.client().name().full());
        name.setId("planName");
        name.getStyleClass().add("plan-name");
        Label kind = new Label(messages.get(row.isSuggestion() ? "planner.suggested" : "planner.planned"));
        kind.setId("planKind");
        kind.getStyleClass().addAll("plan-kind", row.isSuggestion() ? "plan-kind-suggested" : "plan-kind-planned");
        HBox first = new HBox(8, name, kind);
        first.setAlignment(Pos.BASELINE_LEFT);
        if (row.client().progress() != null) {
            Label progress = new Label(ProgramLabels.badge(row.client().progress(), messages));
            progress.setId("planProgress");
            progress.getStyleClass().add("progress-badge");
            first.getChildren().add(progress);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label due = new Label(messages.get("planner.due", dates.format(row.due())));
        due.setId("planDue");
        due.getStyleClass().add("text-muted");
        due.setMinWidth(Region.USE_PREF_SIZE);
        first.getChildren().addAll(gap, due);

        Label why = new Label(row.isSuggestion() ? FollowUpLabels.reasons(row.reasons(), messages, dates)
                : FollowUpLabels.planned(row.followUp(), messages));
        why.setId("planWhy");
        why.setWrapText(true);
        why.getStyleClass().add("plan-why");

        HBox details = new HBox(16);
        details.setAlignment(Pos.CENTER_LEFT);
        String phone = PhoneNumbers.forDisplay(row.client().mainPhone());
        Label phoneLabel = new Label(phone.isEmpty() ? messages.get("planner.noPhone") : phone, Icons.of(Icon.PHONE));
        phoneLabel.setId("planPhone");
        details.getChildren().add(phoneLabel);
        if (row.preferred() != null) {
            Label channel = new Label(messages.get("planner.prefers", messages.of(row.preferred())));
            channel.setId("planChannel");
            details.getChildren().add(channel);
        }
        Label last = new Label(lastContact(row.lastContact(), messages, dates));
        last.setId("planLastContact");
        last.getStyleClass().add("text-muted");
        details.getChildren().add(last);
        getChildren().addAll(first, why, details);
        if (!row.isSuggestion() && !row.followUp().script().isEmpty()) {
            Label script = new Label(messages.get("planner.script", row.followUp().script()));
            script.setId("planScript");
            script.setWrapText(true);
            script.getStyleClass().add("text-muted");
            getChildren().add(script);
        }
    }

    /** "Last contact 12/11/2026, Phone call, No answer", or "No contact yet". */
    public static String lastContact(Contact c, Messages messages, DateFormats dates) {
        if (c == null) {
            return messages.get("planner.noContactYet");
        }
        return messages.get("planner.lastContact", dates.format(c.at().toLocalDate()), messages.of(c.channel()),
                messages.of(c.outcome()));
    }

    PlanRow row() {
        return row;
    }
}
