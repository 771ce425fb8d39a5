package org.kabinet.ui.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kabinet.i18n.Messages;
import org.kabinet.model.SuggestionRule;

/**
 * The Settings window's follow-up section: one row per suggestion rule with its switch, its name,
 * and a sentence with its numbers typed inline ("No lesson for [30] days"). A wrong number is said
 * under its rule; Restore defaults fills in the practice's numbers without saving.
 */
public final class RulesPane {

    private static final Pattern SLOT = Pattern.compile("\\{(\\d)}");

    private final Messages messages;
    private final RulesViewModel vm;

    public RulesPane(Messages messages, RulesViewModel vm) {
        this.messages = messages;
        this.vm = vm;
    }

    /** The section's content: the hint, the rules, and Restore defaults. */
    public Node build() {
        Button defaults = new Button(messages.get("rules.defaults"));
        defaults.setId("restoreRuleDefaultsButton");
        defaults.setOnAction(e -> vm.restoreDefaults());
        VBox box = new VBox(10, content(), defaults);
        return box;
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
        return new VBox(10, hint, grid);
    }

    /** The rule's sentence with a small number field where the bundle has {0}, {1}…. */
    private FlowPane sentence(SuggestionRule rule, RulesViewModel.Row row) {
        FlowPane flow = new FlowPane(4, 4);
        flow.setAlignment(Pos.CENTER_LEFT);
        flow.setPrefWrapLength(560);
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
