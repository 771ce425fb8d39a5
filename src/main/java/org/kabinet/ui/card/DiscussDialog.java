package org.kabinet.ui.card;

import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Homework;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.common.TabKey;

/** Asks how a piece of homework went when talked over: what the client said, and her own comment. */
final class DiscussDialog {

    /** What was typed. */
    record Answer(String feedback, String comment) {
    }

    private DiscussDialog() {
    }

    static Optional<Answer> ask(ScreenContext context, String title, Homework h) {
        Messages messages = context.messages();
        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle(messages.get("card.homework.discuss.title"));
        dialog.initOwner(context.dialogs().owner());
        TextArea feedback = area("homeworkFeedbackArea", h.feedback());
        TextArea comment = area("homeworkCommentArea", h.comment());
        Label what = new Label(title);
        what.getStyleClass().add("text-bold");
        what.setWrapText(true);
        VBox box = new VBox(6, what, new Label(messages.get("card.homework.discuss.feedback")), feedback,
                new Label(messages.get("card.homework.discuss.comment")), comment);
        box.setPrefWidth(440);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("discussHomeworkDialog");
        ButtonType save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("discussSaveButton");
        dialog.setResultConverter(b -> b == save ? new Answer(feedback.getText(), comment.getText()) : null);
        dialog.setOnShown(e -> feedback.requestFocus());
        return dialog.showAndWait();
    }

    private static TextArea area(String id, String text) {
        TextArea area = TabKey.movesFocus(new TextArea(text));
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }
}
