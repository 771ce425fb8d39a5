package org.kabinet.ui.print;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kabinet.i18n.Messages;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.main.ScreenContext;
import org.kabinet.ui.common.TabKey;

/**
 * What printed sheets carry: her name and contacts for the header, the paper, and how clients
 * are named (in full, by first name, by initials). Enter saves, Esc cancels.
 */
public final class SheetSettingsDialog {

    private SheetSettingsDialog() {
    }

    /** Reads the settings in the background, then shows the dialog. */
    public static void open(ScreenContext context) {
        SheetSettingsViewModel vm = new SheetSettingsViewModel(context.practice().settings(), context.executor(),
                context.onError());
        vm.load(() -> show(context, vm));
    }

    private static void show(ScreenContext context, SheetSettingsViewModel vm) {
        Messages messages = context.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("sheetSettings.title"));
        dialog.initOwner(context.dialogs().owner());
        var pane = dialog.getDialogPane();
        pane.setId("sheetSettingsDialog");

        TextField practitioner = new TextField();
        practitioner.setId("sheetPractitionerField");
        practitioner.setPromptText(messages.get("sheetSettings.practitioner.prompt"));
        practitioner.textProperty().bindBidirectional(vm.practitioner());
        TextArea contacts = TabKey.movesFocus(new TextArea());
        contacts.setId("sheetContactsArea");
        contacts.setPrefRowCount(3);
        contacts.setPromptText(messages.get("sheetSettings.contacts.prompt"));
        contacts.textProperty().bindBidirectional(vm.contacts());
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("sheetPaperChoice");
        Choices.ofEnum(paper, messages, false, PaperSize.values());
        paper.valueProperty().bindBidirectional(vm.paper());
        ComboBox<NameOnSheet> names = new ComboBox<>();
        names.setId("sheetNamesChoice");
        Choices.ofEnum(names, messages, false, NameOnSheet.values());
        names.valueProperty().bindBidirectional(vm.names());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("sheetSettings.practitioner")), practitioner);
        grid.addRow(1, new Label(messages.get("sheetSettings.contacts")), contacts);
        grid.addRow(2, new Label(messages.get("sheetSettings.paper")), paper);
        grid.addRow(3, new Label(messages.get("sheetSettings.names")), names);
        GridPane.setHgrow(practitioner, Priority.ALWAYS);
        // The labels keep their words; the fields take the width left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new ColumnConstraints());
        Label hint = new Label(messages.get("sheetSettings.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        grid.add(hint, 0, 4, 2, 1);
        pane.setContent(grid);
        pane.setPrefWidth(520);

        ButtonType save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        ButtonType cancel = context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) pane.lookupButton(save);
        saveButton.setId("sheetSettingsSaveButton");
        pane.lookupButton(cancel).setId("sheetSettingsCancelButton");
        // The dialog closes once the settings are in the file, not before.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            saveButton.setDisable(true);
            vm.save(() -> {
                dialog.setResult(save);
                dialog.close();
            }, () -> saveButton.setDisable(false));
        });
        dialog.setOnShown(e -> practitioner.requestFocus());
        dialog.show();
    }
}
