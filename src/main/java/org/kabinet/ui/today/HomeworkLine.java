package org.kabinet.ui.today;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;

/**
 * One piece of homework as a line to glance at: the exercise's title in the user's language (or
 * the free title) and where it stands.
 */
public record HomeworkLine(long id, String title, HomeworkStatus status) {

    /** The exercises' titles by id, read once per load rather than once per homework item. */
    public static Map<Long, String> titles(List<Exercise> library) {
        return library.stream().collect(Collectors.toMap(Exercise::id, Exercise::title, (a, b) -> a));
    }

    /** Lines for {@code items}, naming each by its exercise when it has one. */
    public static List<HomeworkLine> of(List<Homework> items, Map<Long, String> titles) {
        Function<Homework, String> title = h -> h.exerciseId() != null && titles.containsKey(h.exerciseId())
                && !titles.get(h.exerciseId()).isEmpty() ? titles.get(h.exerciseId()) : h.title();
        return items.stream().map(h -> new HomeworkLine(h.id(), title.apply(h), h.status())).toList();
    }
}
