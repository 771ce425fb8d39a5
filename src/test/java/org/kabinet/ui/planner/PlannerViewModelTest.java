package org.kabinet.ui.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.SameThreadTaskExecutor;

/** The planner's view model on the test clock's Tuesday, with the work done on the calling thread. */
class PlannerViewModelTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @TempDir
    Path folder;

    private Practice practice;
    private PlannerViewModel vm;
    private final AtomicInteger due = new AtomicInteger(-1);
    private Client olga;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("vm.db"), TestClock.FIXED);
        olga = practice.clients().save(ClientBuilders.olga().build());
        vm = new PlannerViewModel(practice, new SameThreadTaskExecutor(), e -> {
            throw new AssertionError(e);
        }, due::set);
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void postponeDays_onATuesday_areWednesdayAndNextMonday() {
        vm.load(() -> { });

        assertThat(vm.tomorrow()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(vm.nextWeek()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void load_withAnOverdueCall_countsItDueAndListsItFirst() {
        FollowUp f = practice.followUps().plan(FollowUp.planned(olga.id(), TODAY.minusDays(2), null, "Call back"));

        vm.load(() -> { });

        assertThat(due.get()).isEqualTo(1);
        assertThat(vm.rows()).extracting(PlannerViewModel::rowId).containsExactly("planRow" + olga.id() + "f" + f.id());
    }

    @Test
    void dismiss_aPlannedCall_cancelsItAndTheCountFalls() {
        FollowUp f = practice.followUps().plan(FollowUp.planned(olga.id(), TODAY, null, "Call back"));
        vm.load(() -> { });

        vm.dismiss(vm.rows().get(0), () -> { });

        assertThat(practice.followUps().followUps(olga.id())).singleElement()
                .satisfies(x -> assertThat(x.status()).isEqualTo(FollowUpStatus.CANCELLED));
        assertThat(vm.rows()).isEmpty();
        assertThat(due.get()).isZero();
        assertThat(f.id()).isPositive();
    }

    @Test
    void postpone_aPlannedCallToNextWeek_movesItOutOfToday() {
        practice.followUps().plan(FollowUp.planned(olga.id(), TODAY, null, "Call back"));
        vm.load(() -> { });

        vm.postpone(vm.rows().get(0), vm.nextWeek(), () -> { });

        assertThat(vm.plan().get().today()).isEmpty();
        assertThat(vm.plan().get().later()).singleElement().satisfies(r -> assertThat(r.due())
                .isEqualTo(LocalDate.of(2026, 11, 30)));
    }
}
