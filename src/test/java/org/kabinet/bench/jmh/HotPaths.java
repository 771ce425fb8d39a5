package org.kabinet.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kabinet.logic.ClientQuery;
import org.kabinet.logic.SearchableClient;
import org.kabinet.logic.search.SearchQuery;
import org.kabinet.model.PhoneNumbers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot paths under the benchmark's figures, each measured by JMH in a warmed-up JVM: what one
 * keystroke in the client list costs (the query, the filter over 5,000 clients, the sort by name),
 * what a search does before SQLite (reading what was typed), a phone number's digits (every row of
 * an import, every phone search), and the database-backed reads a window waits for: a client's card
 * with years of history, a search of everything, the call planner. Run by {@code bench/jmh.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPaths {

    @Benchmark
    public List<SearchableClient> keystroke_nameFilterAndSort(PracticeState s) {
        return s.clients.stream().filter(ClientQuery.of("ива")).sorted(SearchableClient.BY_NAME).toList();
    }

    @Benchmark
    public List<SearchableClient> keystroke_phoneFilterAndSort(PracticeState s) {
        return s.clients.stream().filter(ClientQuery.of("916 2")).sorted(SearchableClient.BY_NAME).toList();
    }

    @Benchmark
    public String searchQuery_twoWordsToMatch() {
        return SearchQuery.of("страх смерти").match();
    }

    @Benchmark
    public String phone_nationalDigits() {
        return PhoneNumbers.nationalDigits("+7 (916) 123-45-67");
    }

    @Benchmark
    public Object card_busiestClient(PracticeState s) {
        return List.of(s.practice.clients().load(s.busiest), s.practice.sessions().forClient(s.busiest),
                s.practice.enrolments().progress(s.busiest), s.practice.timeline().forClient(s.busiest, PracticeState.RU));
    }

    @Benchmark
    public Object search_everything(PracticeState s) {
        return s.practice.search().search("отц болезн", PracticeState.RU, lesson -> lesson.title());
    }

    @Benchmark
    public Object planner_today(PracticeState s) {
        return s.practice.followUps().plan(s.practice.followUps().today());
    }
}
