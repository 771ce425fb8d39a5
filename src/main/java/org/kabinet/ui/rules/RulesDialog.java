package org.kabinet.ui.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.SuggestionRule;
import org.kabinet.ui.common.Dialogs;
import org.kabinet.ui.main.ScreenContext;

/**
 * The settings of the suggestion rules: one row per rule with its switch, its name, and a
 * sentence with its numbers typed inline ("No lesson for [30] days"). A wrong number is said under
 * its rule; Save writes in the background and closes; Restore defaults fills in the practice's
 * numbers without saving.
 */
public final class RulesDialog {

    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    private final Messages messages;
    private final RulesViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    private RulesDialog(ScreenContext context, Runnable onSaved) {
        this.messages = context.messages();
        this.vm = new RulesViewModel(context.practice().followUps(), context.executor(), messages, context.onError());
        dialog.setTitle(messages.get("rules.title"));
        dialog.initOwner(context.dialogs().owner());
        dialog.setResizable(true);
        dialog.getDialogPane().setId("rulesDialog");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefWidth(760);
        dialog.getDialogPane().setMinWidth(700);
        ButtonType save = context.dialogs().button("button.save", ButtonData.OK_DONE);
        ButtonType defaults = context.dialogs().button("rules.defaults", ButtonData.LEFT);
        ButtonType cancel = context.dialogs().button("button.cancel", ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, defaults, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveRulesButton");
        saveButton.disableProperty().bind(vm.saving());
        Button defaultsButton = (Button) dialog.getDialogPane().lookupButton(defaults);
        defaultsButton.setId("restoreRuleDefaultsButton");
        dialog.getDialogPane().lookupButton(cancel).setId("cancelRulesButton");
        // The dialog closes itself on any button; Save closes only once written, defaults never.
        defaultsButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.restoreDefaults();
        });
        Dialogs.closeOnceSaved(dialog, save, vm::save, onSaved);
    }

    /** Opens the dialog once her settings are read; {@code onSaved} runs after she saved changed settings. */
    public static void open(ScreenContext context, Runnable onSaved) {
        RulesDialog rules = new RulesDialog(context, onSaved);
        rules.vm.load(rules.dialog::show);
    }

    private Node content() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int line = 0;
        for (SuggestionRule rule : SuggestionRule.values()) {
            RulesViewModel.Row row = vm.row(rule);
            // A check box rather than a switch: the name toggles it too, and so does Space.
            CheckBox on = new CheckBox(messages.of(rule));
            on.setId("ruleSwitch-" + rule.name());
            on.getStyleClass().add("text-bold");
            on.selectedProperty().bindBidirectional(row.enabled());
            FlowPane sentence = sentence(rule, row);
            sentence.disableProperty().bind(row.enabled().not());
            Label error = new Label();
            error.setId("ruleError-" + rule.name());
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.textProperty().bind(row.error());
            error.managedProperty().bind(row.error().isNotEmpty());
            error.visibleProperty().bind(error.managedProperty());
            VBox details = new VBox(2, sentence, error);
            details.setPadding(new Insets(0, 0, 0, 28));
            VBox text = new VBox(4, on, details);
            text.setPadding(new Insets(4, 0, 6, 0));
            grid.add(text, 0, line);
            line++;
        }
        Label hint = new Label(messages.get("rules.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, hint, grid);
        box.setPadding(new Insets(4, 8, 4, 4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(600);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The rule's sentence with a small number field where the bundle has {0}, {1}…. */
    private FlowPane sentence(SuggestionRule rule, RulesViewModel.Row row) {
        FlowPane flow = new FlowPane(4, 4);
        flow.setAlignment(Pos.CENTER_LEFT);
        flow.setPrefWrapLength(660);
        String pattern = messages.get("rules.sentence." + rule.name());
        Matcher m = SLOT.matcher(pattern);
        int at = 0;
        List<Node> parts = new ArrayList<>();
        while (m.find()) {
            words(pattern.substring(at, m.start()), parts);
            int index = Integer.parseInt(m.group(1));
            parts.add(numberField(rule, index, row));
            at = m.end();
        }
        words(pattern.substring(at), parts);
        flow.getChildren().addAll(parts);
        return flow;
    }

    private static void words(String text, List<Node> parts) {
        String t = text.strip();
        if (!t.isEmpty()) {
            parts.add(new Label(t));
        }
    }

    private TextField numberField(SuggestionRule rule, int index, RulesViewModel.Row row) {
        TextField field = new TextField();
        field.setId("ruleNumber-" + rule.name() + "-" + index);
        field.setPrefColumnCount(3);
        field.setMaxWidth(64);
        field.setAlignment(Pos.CENTER_RIGHT);
        // Digits only, at most four: a letter typed by mistake never reaches the number.
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        field.textProperty().bindBidirectional(row.numbers().get(index));
        row.error().addListener((o, old, now) -> field.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        return field;
    }
}
