package org.kabinet.ui.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.followup.FollowUpService;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.SuggestionRule;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The rules dialog's state: for each rule its switch, its numbers as typed, and the problem with
 * them in words ("" when fine). Nothing is saved until every number is a whole number in range.
 */
public final class RulesViewModel {

    /** One rule's row. */
    public record Row(SuggestionRule rule, BooleanProperty enabled, List<StringProperty> numbers,
            StringProperty error) {
    }

    private final FollowUpService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Throwable> onError;
    private final Map<SuggestionRule, Row> rows = new EnumMap<>(SuggestionRule.class);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);

    public RulesViewModel(FollowUpService service, TaskExecutor executor, Messages messages,
            Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.onError = onError;
        for (SuggestionRule rule : SuggestionRule.values()) {
            List<StringProperty> numbers = new ArrayList<>();
            for (int i = 0; i < rule.defaults().size(); i++) {
                numbers.add(new SimpleStringProperty(""));
            }
            Row row = new Row(rule, new SimpleBooleanProperty(true), List.copyOf(numbers),
                    new SimpleStringProperty(""));
            numbers.forEach(n -> n.addListener((o, old, now) -> {
                if (!row.error().get().isEmpty()) {
                    check(row);
                }
            }));
            rows.put(rule, row);
        }
        show(FollowUpSettings.DEFAULT);
    }

    public Row row(SuggestionRule rule) {
        return rows.get(rule);
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** Fills the rows from settings as read from the file. */
    public void show(FollowUpSettings settings) {
        for (Row row : rows.values()) {
            RuleSetting s = settings.of(row.rule());
            row.enabled().set(s.enabled());
            for (int i = 0; i < row.numbers().size(); i++) {
                row.numbers().get(i).set(Integer.toString(s.threshold(row.rule(), i)));
            }
            row.error().set("");
        }
    }

    /** Reads her settings in the background; {@code then} runs on the FX thread once they show. */
    public void load(Runnable then) {
        executor.run(service::settings, settings -> {
            show(settings);
            then.run();
        }, onError);
    }

    /** The practice's numbers, every rule on (saved only with Save). */
    public void restoreDefaults() {
        show(FollowUpSettings.DEFAULT);
    }

    /** The settings typed, or empty with each problem said beside its rule. */
    public Optional<FollowUpSettings> settings() {
        boolean fine = true;
        FollowUpSettings settings = FollowUpSettings.DEFAULT;
        for (Row row : rows.values()) {
            Optional<List<Integer>> numbers = check(row);
            if (numbers.isEmpty()) {
                fine = false;
            } else {
                settings = settings.with(row.rule(), new RuleSetting(row.enabled().get(), numbers.get()));
            }
        }
        return fine ? Optional.of(settings) : Optional.empty();
    }

    /** Saves in the background when every number is right; {@code saved} runs on the FX thread. */
    public boolean save(Runnable saved) {
        Optional<FollowUpSettings> settings = settings();
        if (settings.isEmpty() || saving.get()) {
            return false;
        }
        saving.set(true);
        executor.run(() -> {
            service.saveSettings(settings.get());
            return null;
        }, done -> {
            saving.set(false);
            saved.run();
        }, e -> {
            saving.set(false);
            onError.accept(e);
        });
        return true;
    }

    private Optional<List<Integer>> check(Row row) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < row.numbers().size(); i++) {
            RuleLimits limits = RuleLimits.of(row.rule(), i);
            String text = row.numbers().get(i).get() == null ? "" : row.numbers().get(i).get().strip();
            Integer value = parse(text);
            if (value == null || value < limits.min() || value > limits.max()) {
                row.error().set(messages.get("rules.error.range", limits.min(), limits.max()));
                return Optional.empty();
            }
            if (RuleLimits.ascending(row.rule()) && !values.isEmpty() && value <= values.get(values.size() - 1)) {
                row.error().set(messages.get("rules.error.order"));
                return Optional.empty();
            }
            values.add(value);
        }
        row.error().set("");
        return Optional.of(values);
    }

    private static Integer parse(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }
}
