package org.kabinet.ui.planner;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.kabinet.model.Text;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.ScreenContext;

/** Asks for the day to postpone a call to. */
final class PickDateDialog {

    private PickDateDialog() {
    }

    /** The day she picked, starting from {@code start}; empty when she cancelled or typed no date. */
    static Optional<LocalDate> ask(ScreenContext context, LocalDate start) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.setTitle(context.messages().get("planner.postpone.pick.title"));
        dialog.setHeaderText(context.messages().get("planner.postpone.pick.header"));
        dialog.initOwner(context.dialogs().owner());
        DateField field = new DateField(context.messages(), context.dates());
        field.setFieldId("postponeDateField");
        field.textProperty().set(context.dates().format(start));
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().setId("pickDateDialog");
        ButtonType ok = context.dialogs().button("planner.postpone", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == ok
                ? context.dates().parse(Text.clean(field.textProperty().get())).orElse(null) : null);
        dialog.setOnShown(e -> field.editor().requestFocus());
        return dialog.showAndWait();
    }
}
