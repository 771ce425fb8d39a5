package org.kabinet.ui.library;

import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Exercise;
import org.kabinet.ui.main.ScreenContext;

/**
 * The library screen's state: every exercise read once, the filter over them in memory, the one
 * selected, and saving and retiring through the executor.
 */
final class LibraryViewModel {

    private final ScreenContext context;
    private final ObservableList<Exercise> all = FXCollections.observableArrayList();
    private final FilteredList<Exercise> shown = new FilteredList<>(all, ExerciseFilter.ALL);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<ExerciseFilter> filter = new SimpleObjectProperty<>(ExerciseFilter.ALL);
    private final ObjectProperty<Exercise> selected = new SimpleObjectProperty<>();
    /** A message key for the title field of the form, or "". */
    private final StringProperty titleError = new SimpleStringProperty("");

    LibraryViewModel(ScreenContext context) {
        this.context = context;
        filter.addListener((obs, old, now) -> shown.setPredicate(now));
    }

    ObservableList<Exercise> shown() {
        return shown;
    }

    ObservableList<String> tags() {
        return tags;
    }

    ObjectProperty<ExerciseFilter> filter() {
        return filter;
    }

    ObjectProperty<Exercise> selected() {
        return selected;
    }

    StringProperty titleError() {
        return titleError;
    }

    /** Reads the library again, keeping the selection by id. */
    void load(Runnable done) {
        context.executor().run(() -> context.practice().exercises().library(context.messages().locale()), read -> {
            Exercise was = selected.get();
            all.setAll(read);
            TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            read.forEach(e -> known.addAll(e.tags()));
            tags.setAll(known);
            selected.set(was == null ? null : read.stream().filter(e -> e.id() == was.id()).findFirst().orElse(null));
            done.run();
        }, context.onError());
    }

    /** Saves the exercise; {@code saved} runs with what was stored, a refused title shows beside the field. */
    void save(Exercise exercise, Consumer<Exercise> saved) {
        titleError.set("");
        context.executor().run(() -> context.practice().exercises().save(exercise), stored -> {
            selected.set(stored);
            load(() -> saved.accept(stored));
        }, e -> {
            if (e instanceof RuleException rule && "exercise.error.title".equals(rule.messageKey())) {
                titleError.set(rule.messageKey());
            } else {
                context.onError().accept(e);
            }
        });
    }

    void setRetired(Exercise exercise, boolean retired) {
        context.executor().run(() -> {
            context.practice().exercises().setRetired(exercise, retired);
            return null;
        }, done -> load(() -> { }), context.onError());
    }

    ObservableList<Exercise> all() {
        return all;
    }
}
