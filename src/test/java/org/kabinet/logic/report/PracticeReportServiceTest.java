package org.kabinet.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientStatus;
import org.kabinet.testutil.TestClock;

/** The practice report read from a file: the hand-made practice of {@link PracticeFixture}. */
class PracticeReportServiceTest {

    @TempDir
    Path folder;

    private Practice practice;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("k.db"), TestClock.FIXED);
        new PracticeFixture(practice).write();
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void report_thisYear_readsNewClientsReferrersReturnsAndEndings() {
        PracticeReport report = practice.reports().practice().report(ReportPeriod.thisYear(TestClock.TODAY));

        // New this year: Anna, Boris (February), Vera (March); Olga and Old came before.
        assertThat(report.newClients()).isEqualTo(3);
        assertThat(report.months()).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(report.sources()).hasSize(2).last().isNull();
        assertThat(report.count(YearMonth.of(2026, 2), report.sources().get(0))).isEqualTo(2);
        // Olga brought Anna and Boris.
        assertThat(report.referrers()).singleElement().satisfies(r -> {
            assertThat(r.name().firstName()).isEqualTo("Olga");
            assertThat(r.brought()).hasSize(2);
        });
        // Olga came back on 15 Sep after no session since 1 Feb 2025; Vera's gap is four weeks.
        assertThat(report.returning()).singleElement().satisfies(r -> {
            assertThat(r.name().firstName()).isEqualTo("Olga");
            assertThat(r.day()).isEqualTo(LocalDate.of(2026, 9, 15));
        });
        // Anna and Vera completed with the same reason, spelled twice; Boris dropped out.
        assertThat(report.endings().get(ClientStatus.COMPLETED)).containsExactly(
                new PracticeReport.Reason("Goal reached", 2));
        assertThat(report.endings().get(ClientStatus.DROPPED_OUT)).containsExactly(
                new PracticeReport.Reason("Moved away", 1));
    }

    @Test
    void report_periodBeforeEverything_isEmpty() {
        PracticeReport report = practice.reports().practice().report(
                new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(report.isEmpty()).isTrue();
    }
}
