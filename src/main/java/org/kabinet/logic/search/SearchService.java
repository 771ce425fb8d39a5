package org.kabinet.logic.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kabinet.logic.ExerciseTexts;
import org.kabinet.model.Lesson;
import org.kabinet.model.PhoneNumbers;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Snippet;
import org.kabinet.storage.Database;
import org.kabinet.storage.SearchRepository.FoundHomework;
import org.kabinet.storage.Transaction;

/**
 * One search across everything: clients by name, contacts and phone digits; notes; homework; the
 * programs' lessons. The search field and the {@code search} command both ask here. Notes, clients
 * and homework come from the FTS5 indexes the database keeps in step with every change; lessons (a
 * few dozen, with titles in the user's language) are matched here.
 */
public final class SearchService {

    /** How many results of each kind are shown; the rest are counted. */
    public static final int PER_KIND = 20;

    private final Database db;

    public SearchService(Database db) {
        this.db = db;
    }

    /**
     * Searches for what she typed.
     *
     * @param locale the language shipped exercise titles are shown in
     * @param lessonTitle how a lesson is called in the user's language
     */
    public SearchResults search(String typed, Locale locale, Function<Lesson, String> lessonTitle) {
        long started = System.nanoTime();
        SearchQuery query = SearchQuery.of(typed);
        if (query.isEmpty()) {
            return new SearchResults(query, List.of(), Duration.ofNanos(System.nanoTime() - started));
        }
        List<SearchGroup> groups = db.read(tx -> {
            List<SearchGroup> found = new ArrayList<>();
            add(found, clients(tx, query));
            if (!query.words().isEmpty()) {
                String match = query.match();
                add(found, new SearchGroup(SearchKind.NOTE, tx.search().notes(match, PER_KIND),
                        tx.search().count(SearchKind.NOTE, match)));
                add(found, homework(tx, match, locale));
                add(found, lessons(tx, query, lessonTitle));
            }
            return found;
        });
        return new SearchResults(query, groups, Duration.ofNanos(System.nanoTime() - started));
    }

    private static void add(List<SearchGroup> groups, SearchGroup group) {
        if (!group.hits().isEmpty()) {
            groups.add(group);
        }
    }

    private static SearchGroup clients(Transaction tx, SearchQuery query) {
        Map<Long, SearchHit> hits = new LinkedHashMap<>();
        int total = 0;
        if (!query.phoneDigits().isEmpty()) {
            tx.search().clientsByPhone(query.phoneDigits(), PER_KIND).forEach(h -> hits.put(h.id(), h));
            total += tx.search().countByPhone(query.phoneDigits());
        }
        if (!query.words().isEmpty()) {
            String match = query.match();
            for (SearchHit h : tx.search().clients(match, PER_KIND)) {
                if (hits.size() < PER_KIND && hits.putIfAbsent(h.id(), h) == null) {
                    total++;
                }
            }
            total = Math.max(total, tx.search().count(SearchKind.CLIENT, match));
        }
        List<SearchHit> marked = hits.values().stream().map(h -> new SearchHit(h.kind(), h.id(), h.clientId(),
                h.client(), Highlighter.mark(h.title().text(), query.words()),
                markContacts(h.snippet().text(), query), h.date(), h.privateNote())).toList();
        return new SearchGroup(SearchKind.CLIENT, marked, total);
    }

    /** Contacts with the searched words marked, and phone numbers whose digits matched. */
    private static Snippet markContacts(String contacts, SearchQuery query) {
        if (query.phoneDigits().isEmpty()) {
            return Highlighter.mark(contacts, query.words());
        }
        List<Snippet.Part> parts = new ArrayList<>();
        String[] numbers = contacts.split(", ");
        for (int i = 0; i < numbers.length; i++) {
            boolean match = PhoneNumbers.digits(numbers[i]).contains(query.phoneDigits());
            parts.add(new Snippet.Part(numbers[i], match));
            if (i < numbers.length - 1) {
                parts.add(new Snippet.Part(", ", false));
            }
        }
        return new Snippet(parts);
    }

    private static SearchGroup homework(Transaction tx, String match, Locale locale) {
        List<FoundHomework> found = tx.search().homework(match, PER_KIND);
        Map<Long, String> exerciseTitles = found.stream().anyMatch(f -> f.hit().title().text().isEmpty())
                ? exerciseTitles(tx, locale) : Map.of();
        List<SearchHit> hits = found.stream().map(f -> {
            SearchHit h = f.hit();
            String title = h.title().text().isEmpty() && f.exerciseId() != null
                    ? exerciseTitles.getOrDefault(f.exerciseId(), "") : h.title().text();
            return new SearchHit(h.kind(), h.id(), h.clientId(), h.client(), Snippet.plain(title), h.snippet(),
                    h.date(), false);
        }).toList();
        return new SearchGroup(SearchKind.HOMEWORK, hits, tx.search().count(SearchKind.HOMEWORK, match));
    }

    private static Map<Long, String> exerciseTitles(Transaction tx, Locale locale) {
        return ExerciseTexts.of(locale).titles(tx.exercises().all());
    }

    private static SearchGroup lessons(Transaction tx, SearchQuery query, Function<Lesson, String> lessonTitle) {
        List<SearchHit> hits = new ArrayList<>();
        for (Lesson lesson : tx.programs().lessonsOfProgramsInUse()) {
            if (lesson.retired()) {
                continue;
            }
            String title = lessonTitle.apply(lesson);
            if (Highlighter.containsAll(title + " " + lesson.description(), query.words())) {
                hits.add(new SearchHit(SearchKind.LESSON, lesson.id(), 0, null,
                        Highlighter.mark(title, query.words()),
                        Highlighter.mark(lesson.description(), query.words()), null, false));
            }
        }
        List<SearchHit> shown = hits.size() > PER_KIND ? hits.subList(0, PER_KIND) : hits;
        return new SearchGroup(SearchKind.LESSON, shown, hits.size());
    }
}
