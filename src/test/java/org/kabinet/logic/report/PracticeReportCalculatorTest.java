package org.kabinet.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.PersonName;
import org.kabinet.model.Source;
import org.kabinet.storage.PracticeReportQueries.Ending;
import org.kabinet.storage.PracticeReportQueries.HeldAfter;
import org.kabinet.storage.PracticeReportQueries.NewClient;

/** The practice report's figures from hand-made rows; the period is the first half of 2026. */
class PracticeReportCalculatorTest {

    private static final ReportPeriod HALF = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final Source RECOMMENDATION = new Source(1, "recommendation", "", 1, false);
    private static final Source WEBSITE = new Source(2, "website", "", 2, false);
    private static final Source TALK = new Source(5, "talk", "", 5, false);
    private static final List<Source> SOURCES = List.of(RECOMMENDATION, WEBSITE, TALK);

    private static PersonName n(String first) {
        return new PersonName("", first, "");
    }

    private static NewClient newClient(long id, String name, LocalDate day, Long source, Long referrer,
            String referrerName) {
        return new NewClient(id, n(name), day, source, referrer, referrerName == null ? null : n(referrerName));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void compute_newClients_countedByMonthAndSource_inTheListOrder_unknownLast() {
        List<NewClient> rows = List.of(
                newClient(1, "A", d(1, 5), 2L, null, null),
                newClient(2, "B", d(1, 31), 1L, 10L, "Olga"),
                newClient(3, "C", d(3, 1), 1L, 10L, "Olga"),
                newClient(4, "D", d(3, 2), null, null, null),
                newClient(5, "E", d(3, 3), 99L, null, null));

        PracticeReport report = PracticeReportCalculator.compute(HALF, SOURCES, rows, List.of(), List.of());

        assertThat(report.newClients()).isEqualTo(5);
        assertThat(report.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
        // The talk source brought nobody: no column for it. An unknown source id counts as "not said".
        assertThat(report.sources()).containsExactly(RECOMMENDATION, WEBSITE, null);
        assertThat(report.count(YearMonth.of(2026, 1), WEBSITE)).isEqualTo(1);
        assertThat(report.count(YearMonth.of(2026, 1), RECOMMENDATION)).isEqualTo(1);
        assertThat(report.count(YearMonth.of(2026, 3), null)).isEqualTo(2);
        assertThat(report.count(YearMonth.of(2026, 2), WEBSITE)).isZero();
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void compute_referrers_mostFirst_withWhomTheyBrought() {
        List<NewClient> rows = List.of(
                newClient(1, "A", d(1, 5), 1L, 20L, "Zoya"),
                newClient(2, "B", d(2, 5), 1L, 10L, "Olga"),
                newClient(3, "C", d(3, 5), 1L, 10L, "Olga"),
                newClient(4, "D", d(4, 5), 1L, null, null));

        PracticeReport report = PracticeReportCalculator.compute(HALF, SOURCES, rows, List.of(), List.of());

        assertThat(report.referrers()).extracting(r -> r.name().firstName()).containsExactly("Olga", "Zoya");
        assertThat(report.referrers().get(0).brought()).containsExactly(n("B"), n("C"));
    }

    @Test
    void compute_returning_sixMonthsExactlyCounts_aDayLessDoesNot_firstReturnOnly() {
        List<HeldAfter> held = List.of(
                new HeldAfter(1, n("A"), d(3, 1), LocalDate.of(2025, 9, 1)),
                new HeldAfter(1, n("A"), d(3, 8), d(3, 1)),
                new HeldAfter(2, n("B"), d(4, 10), LocalDate.of(2025, 10, 11)),
                new HeldAfter(3, n("C"), d(5, 1), LocalDate.of(2025, 1, 1)),
                new HeldAfter(3, n("C"), d(6, 1), d(5, 1)));

        PracticeReport report = PracticeReportCalculator.compute(HALF, SOURCES, List.of(), held, List.of());

        assertThat(report.returning()).extracting(PracticeReport.Returning::id).containsExactly(1L, 3L);
        assertThat(report.returning().get(0).previous()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void compute_endings_groupedByStatus_sameReasonCountedRegardlessOfCase_outsideThePeriodLeftOut() {
        List<Ending> endings = List.of(
                new Ending(1, ClientStatus.COMPLETED, "Goal reached", d(2, 1)),
                new Ending(2, ClientStatus.COMPLETED, " goal  reached ", d(3, 1)),
                new Ending(3, ClientStatus.COMPLETED, "", d(3, 2)),
                new Ending(4, ClientStatus.DROPPED_OUT, "Moved away", d(4, 1)),
                new Ending(5, ClientStatus.DROPPED_OUT, "Money", LocalDate.of(2025, 12, 31)),
                new Ending(6, ClientStatus.REFERRED_ON, "Psychiatrist", null));

        PracticeReport report = PracticeReportCalculator.compute(HALF, SOURCES, List.of(), List.of(), endings);

        assertThat(report.endings()).containsOnlyKeys(ClientStatus.COMPLETED, ClientStatus.DROPPED_OUT);
        assertThat(report.endings().get(ClientStatus.COMPLETED)).containsExactly(
                new PracticeReport.Reason("Goal reached", 2), new PracticeReport.Reason("", 1));
        assertThat(report.endings().get(ClientStatus.DROPPED_OUT)).containsExactly(
                new PracticeReport.Reason("Moved away", 1));

        PracticeReport allTime = PracticeReportCalculator.compute(ReportPeriod.allTime(d(11, 24)), SOURCES,
                List.of(), List.of(), endings);
        assertThat(allTime.endings().get(ClientStatus.REFERRED_ON)).containsExactly(
                new PracticeReport.Reason("Psychiatrist", 1));
    }

    @Test
    void compute_nothing_isEmpty() {
        PracticeReport report = PracticeReportCalculator.compute(HALF, SOURCES, List.of(), List.of(), List.of());
        assertThat(report.isEmpty()).isTrue();
        assertThat(report.months()).isEmpty();
    }
}
