package org.kabinet.logic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kabinet.model.Exercise;

/**
 * The texts of the shipped exercises in one language, from
 * {@code org/kabinet/exercises/exercises_LANG.json}: for each code a title, purpose, steps,
 * duration, frequency, questions and tags.
 */
public final class ExerciseTexts {

    private static final Map<String, ExerciseTexts> LOADED = new HashMap<>();

    private final Map<String, JsonNode> byCode = new HashMap<>();

    private ExerciseTexts(JsonNode root) {
        root.fields().forEachRemaining(e -> byCode.put(e.getKey(), e.getValue()));
    }

    /** The shipped texts in Russian for a Russian locale, else in English. */
    public static synchronized ExerciseTexts of(Locale locale) {
        String language = "ru".equals(locale.getLanguage()) ? "ru" : "en";
        return LOADED.computeIfAbsent(language, ExerciseTexts::load);
    }

    private static ExerciseTexts load(String language) {
        String path = "/org/kabinet/exercises/exercises_" + language + ".json";
        try (InputStream in = ExerciseTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + path);
            }
            return new ExerciseTexts(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Every code these texts cover. */
    public java.util.Set<String> codes() {
        return byCode.keySet();
    }

    /** {@code e} with the shipped texts filled in when it is shipped and not yet her own. */
    /** Exercise id → its title as shown in this language, for lists that name exercises given. */
    public Map<Long, String> titles(List<Exercise> exercises) {
        Map<Long, String> titles = new HashMap<>();
        exercises.forEach(e -> titles.putIfAbsent(e.id(), resolve(e).title()));
        return titles;
    }

    public Exercise resolve(Exercise e) {
        if (e.code() == null || e.ownTexts() || !byCode.containsKey(e.code())) {
            return e;
        }
        JsonNode t = byCode.get(e.code());
        List<String> tags = e.tags().isEmpty() ? strings(t.get("tags")) : e.tags();
        return new Exercise(e.id(), e.code(), false, text(t, "title"), e.method(), text(t, "purpose"),
                String.join("\n", strings(t.get("steps"))), text(t, "duration"), text(t, "frequency"),
                String.join("\n", strings(t.get("questions"))), tags, e.retired());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? "" : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }
}
