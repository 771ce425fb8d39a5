package org.kabinet.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.PaperSize;
import org.kabinet.ui.common.TabKey;
import org.kabinet.ui.common.Choices;
import org.kabinet.ui.common.FieldErrors;
import org.kabinet.ui.common.Theme;

/** The Settings window's small sections: the practice, the appearance, sheets and calendar. */
final class SettingsPanes {

    private final Messages messages;
    private final SettingsViewModel vm;

    SettingsPanes(Messages messages, SettingsViewModel vm) {
        this.messages = messages;
        this.vm = vm;
    }

    /** The practice's name, and her name and contacts for the top of sheets. */
    Node practice() {
        TextField name = new TextField();
        name.setId("practiceNameField");
        name.setPromptText(messages.get("settings.practiceName.prompt"));
        name.textProperty().bindBidirectional(vm.practiceName);
        Label nameError = new Label();
        nameError.setId("practiceNameError");
        nameError.getStyleClass().add("field-error");
        nameError.setWrapText(true);
        FieldErrors.bind(nameError, vm.practiceNameError, messages, name);
        TextField practitioner = new TextField();
        practitioner.setId("sheetPractitionerField");
        practitioner.setPromptText(messages.get("sheetSettings.practitioner.prompt"));
        practitioner.textProperty().bindBidirectional(vm.sheets.practitioner());
        TextArea contacts = TabKey.movesFocus(new TextArea());
        contacts.setId("sheetContactsArea");
        contacts.setPrefRowCount(3);
        contacts.setPromptText(messages.get("sheetSettings.contacts.prompt"));
        contacts.textProperty().bindBidirectional(vm.sheets.contacts());
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("settings.practiceName")), name);
        grid.add(nameError, 1, 1);
        grid.addRow(2, new Label(messages.get("sheetSettings.practitioner")), practitioner);
        grid.addRow(3, new Label(messages.get("sheetSettings.contacts")), contacts);
        return new VBox(12, grid, hint("settings.practice.hint"));
    }

    /** The language and the theme: this computer's choices, not the file's. */
    Node appearance() {
        ComboBox<Language> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Language.RU, Language.EN);
        Choices.labelled(language, l -> messages.get("settings.language." + l.name()));
        language.valueProperty().bindBidirectional(vm.language);
        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("themeChoice");
        theme.getItems().setAll(Theme.values());
        Choices.labelled(theme, t -> messages.get("settings.theme." + t.name()));
        theme.valueProperty().bindBidirectional(vm.theme);
        Label languageNote = hint("settings.language.hint");
        languageNote.setId("languageNote");
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("settings.language")), language);
        grid.add(languageNote, 1, 1);
        grid.addRow(2, new Label(messages.get("settings.theme")), theme);
        grid.add(hint("settings.theme.hint"), 1, 3);
        return new VBox(12, grid, hint("settings.appearance.hint"));
    }

    /** The paper, and how clients are named on sheets and in calendar exports. */
    Node sheets() {
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("sheetPaperChoice");
        Choices.ofEnum(paper, messages, false, PaperSize.values());
        paper.valueProperty().bindBidirectional(vm.sheets.paper());
        ComboBox<NameOnSheet> names = new ComboBox<>();
        names.setId("sheetNamesChoice");
        Choices.ofEnum(names, messages, false, NameOnSheet.values());
        names.valueProperty().bindBidirectional(vm.sheets.names());
        GridPane grid = grid();
        grid.addRow(0, new Label(messages.get("sheetSettings.paper")), paper);
        grid.addRow(1, new Label(messages.get("settings.names")), names);
        return new VBox(12, grid, hint("settings.names.hint"));
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        // The labels keep their words; the fields take the width left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    private Label hint(String key) {
        Label hint = new Label(messages.get(key));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return hint;
    }
}
