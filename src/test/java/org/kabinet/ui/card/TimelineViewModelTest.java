package org.kabinet.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.card.TimelineViewModel.Row;
import org.kabinet.ui.card.TimelineViewModel.State;
import org.kabinet.ui.common.SameThreadTaskExecutor;
import org.kabinet.ui.common.TaskExecutor;

/** The timeline's view model: counts, month headers, filters, and answers that come too late. */
class TimelineViewModelTest {

    @TempDir
    Path dir;

    private Practice practice;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(dir.resolve("timeline.db"), TestClock.FIXED);
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void load_everyKind_countsThemAndPutsAMonthHeaderBeforeEachMonth() {
        TimelineFixture f = new TimelineFixture(practice);
        TimelineViewModel vm = viewModel(new SameThreadTaskExecutor());

        vm.load(f.olga.id());

        assertThat(vm.state().get()).isEqualTo(State.SHOWN);
        assertThat(vm.count(TimelineKind.SESSION).get()).isEqualTo(1);
        assertThat(vm.count(TimelineKind.LESSON).get()).isEqualTo(1);
        assertThat(vm.count(TimelineKind.NOTE).get()).isEqualTo(1);
        assertThat(vm.count(TimelineKind.HOMEWORK).get()).isEqualTo(1);
        assertThat(vm.count(TimelineKind.PROGRAM).get()).as("enrolled, then paused").isEqualTo(2);
        assertThat(vm.count(TimelineKind.STATUS).get()).isGreaterThanOrEqualTo(1);
        assertThat(vm.rows()).filteredOn(Row::isHeader).extracting(Row::month).containsExactly(
                YearMonth.of(2026, 11), YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        assertThat(vm.rows().get(0).isHeader()).isTrue();
        List<TimelineEntry> entries = entries(vm);
        assertThat(entries).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
        assertThat(entries.get(entries.size() - 1).kind()).isEqualTo(TimelineKind.SESSION);
        assertThat(errors).isEmpty();
    }

    @Test
    void shown_kindSwitchedOff_hidesItAndShowsItAgain() {
        TimelineFixture f = new TimelineFixture(practice);
        TimelineViewModel vm = viewModel(new SameThreadTaskExecutor());
        vm.load(f.olga.id());

        vm.shown(TimelineKind.NOTE).set(false);
        assertThat(entries(vm)).extracting(TimelineEntry::kind).doesNotContain(TimelineKind.NOTE);
        assertThat(vm.count(TimelineKind.NOTE).get()).as("the count stays").isEqualTo(1);

        vm.shown(TimelineKind.NOTE).set(true);
        assertThat(entries(vm)).extracting(TimelineEntry::kind).contains(TimelineKind.NOTE);
    }

    @Test
    void shown_everyKindSwitchedOff_saysAllHiddenWithNoMonthHeaders() {
        TimelineFixture f = new TimelineFixture(practice);
        TimelineViewModel vm = viewModel(new SameThreadTaskExecutor());
        vm.load(f.olga.id());

        for (TimelineKind kind : TimelineKind.values()) {
            vm.shown(kind).set(false);
        }

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.state().get()).isEqualTo(State.ALL_HIDDEN);
    }

    @Test
    void load_answerForAClientNoLongerShown_isDropped() {
        TimelineFixture f = new TimelineFixture(practice);
        Client anna = practice.clients().save(ClientBuilders.anna().build());
        QueuedExecutor executor = new QueuedExecutor();
        TimelineViewModel vm = viewModel(executor);

        vm.load(f.olga.id());
        vm.load(anna.id());
        executor.runAll();

        assertThat(vm.clientId()).isEqualTo(anna.id());
        assertThat(entries(vm)).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo(TimelineKind.STATUS));
    }

    @Test
    void load_anotherClient_clearsTheRowsWhileItReads() {
        TimelineFixture f = new TimelineFixture(practice);
        Client anna = practice.clients().save(ClientBuilders.anna().build());
        QueuedExecutor executor = new QueuedExecutor();
        TimelineViewModel vm = viewModel(executor);
        vm.load(f.olga.id());
        executor.runAll();

        vm.load(anna.id());

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.state().get()).isEqualTo(State.LOADING);
    }

    private TimelineViewModel viewModel(TaskExecutor executor) {
        return new TimelineViewModel(practice, Locale.ENGLISH, executor, errors::add);
    }

    private static List<TimelineEntry> entries(TimelineViewModel vm) {
        return vm.rows().stream().filter(r -> !r.isHeader()).map(Row::entry).toList();
    }

    /** Holds the work back until the test lets it run, as a slow background thread would. */
    private static final class QueuedExecutor implements TaskExecutor {

        private final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> new SameThreadTaskExecutor().run(work, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
        }
    }
}
