package org.kabinet.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.testutil.TestClock;

/** The program report's numbers on the hand-made practice of {@link ReportFixture}, worked out by hand. */
class ProgramReportServiceTest {

    @TempDir
    Path folder;

    private Practice practice;
    private ReportFixture fixture;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("k.db"), TestClock.FIXED);
        fixture = new ReportFixture(practice).write();
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void report_handMadePractice_givesTheNumbersWorkedOutByHand() {
        ProgramReport report = practice.reports().report(fixture.base(), ReportFixture.PERIOD);

        // Told: A, B, C, D (twice, counted once), P, I (on the last day) = 6. Not G (before),
        // E (after), F (a no-show), H (no first consultation).
        assertThat(report.told()).isEqualTo(6);
        // Enrolled in the period: A, B, C, P, G = 5 (H enrolled before it). Share 5 / 6.
        assertThat(report.enrolled()).isEqualTo(5);
        assertThat(report.share().getAsDouble()).isCloseTo(5.0 / 6, within(1e-9));
        // Distinct lessons done: A 3, B 4, C 2 (L1 twice), P 1, G 11. 15 lessons, one retired: 14 steps.
        // k=1: all 5; k=2: A B C G; k=3: A B G; k=4: B G; k=5..11: G; k=12..14: nobody.
        assertThat(report.funnel()).containsExactly(5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0);
        // Stopped by lesson 10: C (stopped after 2) and P (paused, last lesson 19 May, 189 days
        // before 24 Nov, 1 done). G stopped after 11 lessons: past lesson 10.
        assertThat(report.stoppedByLessonTen()).isEqualTo(2);
        // Gaps in days: A 7, 14; B 7, 71 (19 Feb -> 1 May), 7; C 7, 14; G ten times 14; P none.
        // 17 gaps sorted: 7 7 7 7 14 ×12 71; the 9th is 14.
        assertThat(report.medianDaysBetweenLessons().getAsDouble()).isEqualTo(14.0);
        // A gap of 60 days or more: only B (71).
        assertThat(report.resumedAfterPause()).isEqualTo(1);
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void report_periodWithNothingInIt_isEmpty() {
        ProgramReport report = practice.reports().report(fixture.base(),
                new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.share()).isEmpty();
        assertThat(report.medianDaysBetweenLessons()).isEmpty();
        assertThat(report.funnel()).hasSize(14).containsOnly(0);
    }

    @Test
    void report_allTime_countsTheEnrolmentBeforeThePeriodToo() {
        ProgramReport report = practice.reports().report(fixture.base(), ReportPeriod.allTime(TestClock.TODAY));

        // Told: the 6 above, G (Dec 2025) and E (1 Jul) = 8. Enrolled: the 5 and H = 6.
        assertThat(report.told()).isEqualTo(8);
        assertThat(report.enrolled()).isEqualTo(6);
        // H did 2 lessons (8 Nov 2025 -> 3 Jan 2026: 56 days, under 60): k=1 and k=2 grow by one.
        assertThat(report.funnel().subList(0, 3)).containsExactly(6, 5, 3);
        assertThat(report.resumedAfterPause()).isEqualTo(1);
    }

    @Test
    void median_evenCount_isTheMeanOfTheMiddleTwo() {
        assertThat(ProgramReportCalculator.median(List.of(3L, 10L, 4L, 8L)).getAsDouble()).isEqualTo(6.0);
        assertThat(ProgramReportCalculator.median(List.of())).isEmpty();
    }

    @Test
    void periods_defaultToTheLastTwelveMonthsUpToToday() {
        ReportPeriod period = ReportPeriod.lastTwelveMonths(TestClock.TODAY);
        assertThat(period.from()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(period.to()).isEqualTo(TestClock.TODAY);
        assertThat(ReportPeriod.thisYear(TestClock.TODAY).from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ReportPeriod.allTime(TestClock.TODAY).contains(LocalDate.of(1990, 5, 1))).isTrue();
    }
}
