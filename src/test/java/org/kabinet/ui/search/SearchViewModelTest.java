package org.kabinet.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.kabinet.logic.search.SearchGroup;
import org.kabinet.logic.search.SearchQuery;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.model.PersonName;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Snippet;
import org.kabinet.ui.common.TaskExecutor;
import org.kabinet.ui.main.Area;
import org.kabinet.ui.main.CardTab;
import org.kabinet.ui.main.Navigator;
import org.kabinet.ui.search.SearchViewModel.State;

/** The search window's state without a window: debounce, newest answer wins, rows, moving and opening. */
class SearchViewModelTest {

    private static final PersonName OLGA = new PersonName("Иванова", "Ольга", "Петровна");

    /** Holds the debounced search until the test lets it run, as the pause would. */
    private final List<Runnable> waiting = new ArrayList<>();
    private final QueueExecutor executor = new QueueExecutor();
    private final List<String> asked = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final SearchViewModel vm = new SearchViewModel(this::search, executor, waiting::add, new Recorder(),
            e -> {
                throw new AssertionError(e);
            });

    @Test
    void text_typedFast_searchesOnceAfterThePause() {
        vm.text().set("о");
        vm.text().set("от");
        vm.text().set("отц");
        pausesEnd();
        executor.runAll();

        assertThat(asked).containsExactly("отц");
        assertThat(vm.state().get()).isEqualTo(State.FOUND);
    }

    @Test
    void answer_toAnOlderText_isDropped() {
        vm.text().set("ива");
        pausesEnd();
        vm.text().set("отц");
        pausesEnd();
        executor.runNext();
        executor.runAll();

        // The first search was never run: a newer text came while it was queued.
        assertThat(asked).containsExactly("отц");
        assertThat(vm.results().get().query().typed()).isEqualTo("отц");
    }

    @Test
    void rows_groupsWithHeadersHitsAndMore_firstHitSelected() {
        typed("отц");

        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.rows().get(0)).isEqualTo(new SearchRow.Header(SearchKind.CLIENT, 1));
        assertThat(vm.rows().get(2)).isEqualTo(new SearchRow.Header(SearchKind.NOTE, 7));
        assertThat(vm.rows().get(4)).isEqualTo(new SearchRow.More(SearchKind.NOTE, 6));
        assertThat(vm.selected().get()).isEqualTo(1);
    }

    @Test
    void move_skipsHeadersAndStopsAtTheEnds() {
        typed("отц");

        vm.move(1);
        assertThat(vm.selected().get()).isEqualTo(3);
        vm.move(1);
        assertThat(vm.selected().get()).isEqualTo(3);
        vm.move(-1);
        vm.move(-1);
        assertThat(vm.selected().get()).isEqualTo(1);
    }

    @Test
    void open_selectedNote_opensTheCardAtNotesWithTheNote() {
        List<String> closed = new ArrayList<>();
        vm.onOpened().set(() -> closed.add("closed"));
        typed("отц");
        vm.move(1);

        vm.open();

        assertThat(opened).containsExactly("client 5 NOTES 42");
        assertThat(closed).containsExactly("closed");
    }

    @Test
    void open_eachKind_leadsWhereItBelongs() {
        vm.open(hit(SearchKind.CLIENT, 5));
        vm.open(hit(SearchKind.HOMEWORK, 8));
        vm.open(hit(SearchKind.LESSON, 3));

        assertThat(opened).containsExactly("client 5 PROFILE 0", "client 5 HOMEWORK 8", "lesson 3");
    }

    @Test
    void open_beforeTheAnswerCame_opensTheFirstHitWhenItComes() {
        vm.text().set("отц");
        vm.open();
        assertThat(opened).isEmpty();

        pausesEnd();
        executor.runAll();

        assertThat(opened).containsExactly("client 5 PROFILE 0");
    }

    @Test
    void text_punctuationOnly_saysNothingToSearch() {
        typed("?!* OR");

        assertThat(vm.state().get()).isEqualTo(State.NOTHING_TO_SEARCH);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.selected().get()).isEqualTo(-1);
    }

    @Test
    void text_matchingNothing_saysNothingFound() {
        typed("zzz");

        assertThat(vm.state().get()).isEqualTo(State.NOTHING_FOUND);
    }

    @Test
    void text_cleared_emptiesAtOnceWithoutSearching() {
        typed("отц");
        vm.text().set("  ");

        assertThat(vm.state().get()).isEqualTo(State.EMPTY);
        assertThat(vm.rows()).isEmpty();
        assertThat(waiting).isEmpty();
    }

    private void typed(String text) {
        vm.text().set(text);
        pausesEnd();
        executor.runAll();
    }

    private void pausesEnd() {
        List<Runnable> due = new ArrayList<>(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    private SearchResults search(String text) {
        asked.add(text);
        SearchQuery query = SearchQuery.of(text);
        if (query.isEmpty() || text.equals("zzz")) {
            return new SearchResults(query, List.of(), Duration.ofMillis(3));
        }
        return new SearchResults(query, List.of(
                new SearchGroup(SearchKind.CLIENT, List.of(hit(SearchKind.CLIENT, 5)), 1),
                new SearchGroup(SearchKind.NOTE, List.of(hit(SearchKind.NOTE, 42)), 7)), Duration.ofMillis(3));
    }

    private static SearchHit hit(SearchKind kind, long id) {
        return new SearchHit(kind, id, kind == SearchKind.LESSON ? 0 : 5, kind == SearchKind.LESSON ? null : OLGA,
                Snippet.plain("title"), Snippet.parse("о " + Snippet.START + "отцом" + Snippet.END),
                LocalDate.of(2026, 11, 20), false);
    }

    /** Runs background work only when the test says, to put answers out of order. */
    private static final class QueueExecutor implements TaskExecutor {

        private final List<Runnable> queue = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runNext() {
            queue.remove(0).run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                runNext();
            }
        }

        @Override
        public void shutdown() {
        }
    }

    private final class Recorder implements Navigator {

        @Override
        public void show(Area area) {
            opened.add("area " + area);
        }

        @Override
        public void openClient(long clientId) {
            opened.add("client " + clientId);
        }

        @Override
        public void openClient(long clientId, CardTab tab, long itemId) {
            opened.add("client " + clientId + " " + tab + " " + itemId);
        }

        @Override
        public void openLesson(long lessonId) {
            opened.add("lesson " + lessonId);
        }
    }
}
