package org.kabinet.ui.library;

import java.util.Locale;
import java.util.function.Predicate;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;

/**
 * Which exercises the library shows: the words typed (in the title, purpose or tags, any case),
 * a method, a tag, and whether retired ones are shown. Runs in memory, so hundreds stay quick.
 */
public record ExerciseFilter(String words, ExerciseMethod method, String tag, boolean showRetired)
        implements Predicate<Exercise> {

    public static final ExerciseFilter ALL = new ExerciseFilter("", null, null, false);

    public ExerciseFilter {
        words = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(Exercise e) {
        if (e.retired() && !showRetired) {
            return false;
        }
        if (method != null && e.method() != method) {
            return false;
        }
        if (tag != null && e.tags().stream().noneMatch(tag::equalsIgnoreCase)) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words.split("\\s+")) {
            if (!matches(e, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Exercise e, String word) {
        return contains(ExerciseLabels.title(e), word) || contains(e.purpose(), word)
                || e.tags().stream().anyMatch(t -> contains(t, word));
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }
}
