package org.kabinet.ui.card;

import java.time.LocalDate;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.Program;
import org.kabinet.model.Text;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.DateField;
import org.kabinet.ui.main.ScreenContext;

/** Enrols the open client in a program: which one, from when, and the price agreed for the package. */
final class EnrolDialog {

    private final ScreenContext context;
    private final Messages messages;
    private final CardActivityViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<Program> program = new ComboBox<>();
    private final DateField date;
    private final TextField price = new TextField();
    private final Label error = new Label();

    EnrolDialog(ScreenContext context, CardActivityViewModel vm) {
        this.context = context;
        this.messages = context.messages();
        this.vm = vm;
        this.date = new DateField(messages, context.dates());
        dialog.setTitle(messages.get("card.program.enrol.title"));
        dialog.initOwner(context.dialogs().owner());
        program.setId("enrolProgramCombo");
        program.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(program, p -> p == null ? "" : ProgramLabels.program(p, messages));
        date.setFieldId("enrolDateField");
        date.textProperty().set(context.dates().format(vm.today()));
        price.setId("enrolPriceField");
        price.setPromptText(messages.get("card.program.enrol.pricePrompt"));
        error.setId("enrolError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(16, 20, 8, 20));
        grid.addRow(0, new Label(messages.get("card.program.enrol.program")), program);
        grid.addRow(1, new Label(messages.get("card.program.enrol.date")), date);
        grid.addRow(2, new Label(messages.get("card.program.enrol.price")), price);
        grid.add(error, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().addAll(CardStyles.sheets());
        ButtonType ok = context.dialogs().button("card.program.enrol", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("enrolConfirmButton");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            enrol();
        });
    }

    void show() {
        vm.programs(programs -> {
            program.getItems().setAll(programs);
            programs.stream().filter(p -> Program.BASE.equals(p.code())).findFirst()
                    .or(() -> programs.stream().findFirst()).ifPresent(program::setValue);
            dialog.show();
            program.requestFocus();
        });
    }

    private void enrol() {
        Program chosen = program.getValue();
        Optional<LocalDate> day = context.dates().parse(Text.clean(date.textProperty().get()));
        String priceText = Text.clean(price.getText()).replace(" ", "");
        if (chosen == null) {
            error.setText(messages.get("card.program.enrol.noProgram"));
            return;
        }
        if (day.isEmpty()) {
            error.setText(messages.get("card.program.enrol.badDate"));
            return;
        }
        if (!priceText.isEmpty() && !priceText.matches("\\d{1,12}")) {
            error.setText(messages.get("enrolment.error.price"));
            return;
        }
        Long amount = priceText.isEmpty() ? null : Long.valueOf(priceText);
        error.setText("");
        vm.enrol(chosen.id(), day.get(), amount, dialog::close,
                rule -> error.setText(messages.get(rule.messageKey(), rule.args())));
    }
}
