package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.report.ReportFixture;
import org.kabinet.testutil.TestClock;

/** {@code program-report} prints the numbers of the hand-made practice, and refuses bad files and names. */
class ProgramReportCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path handMade() throws Exception {
        Path file = folder.resolve("k.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            new ReportFixture(practice).write();
        }
        return file;
    }

    @Test
    void programReport_handMadePractice_printsTheNumbersAsText() throws Exception {
        Path file = handMade();

        assertThat(run(Language.EN, "program-report", "--db", file.toString(), "--from", "2026-01-01",
                "--to", "2026-06-30")).isZero();

        // The same numbers as ProgramReportServiceTest, worked out there by hand.
        assertThat(out()).contains("Program report: Base, 01/01/2026 – 30/06/2026",
                "Told about it (first consultations): 6", "Enrolled: 5", "Enrolled of those told: 83%",
                "Stopped at or before lesson 10: 2", "Median days between lessons: 14",
                "Resumed after a pause of 60 days or more: 1", "   11      1", "   12      0", "Computed in");
    }

    @Test
    void programReport_json_carriesTheFunnelAndTheRussianNameFindsTheBase() throws Exception {
        Path file = handMade();

        assertThat(run(Language.EN, "program-report", "--db", file.toString(), "--program", "база",
                "--from", "2026-01-01", "--to", "2026-06-30", "--json")).isZero();

        assertThat(out()).contains("\"program\": \"Base\"", "\"told\": 6", "\"enrolled\": 5",
                "\"funnel\": [ 5, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0 ]", "\"stoppedAtOrBeforeLesson10\": 2",
                "\"medianDaysBetweenLessons\": 14.0", "\"resumedAfterPause\": 1", "\"ms\": ");
    }

    @Test
    void programReport_inRussian_speaksRussian_andDefaultsToTheLastTwelveMonths() throws Exception {
        Path file = handMade();

        assertThat(run(Language.RU, "program-report", "--db", file.toString())).isZero();

        // 25.11.2025 – 24.11.2026 holds all 8 first consultations (G's 20 Dec 2025 and E's 1 Jul too).
        assertThat(out()).contains("Отчёт по программе: База, 25.11.2025 – 24.11.2026",
                "Узнали о программе (первичные консультации): 8");
    }

    @Test
    void programReport_unknownProgram_listsThePrograms() throws Exception {
        Path file = handMade();

        assertThat(run(Language.EN, "program-report", "--db", file.toString(), "--program", "Gestalt"))
                .isEqualTo(Cli.FAILED);
        assertThat(err().strip()).isEqualTo("There is no program named \"Gestalt\". Programs: Base");
    }

    @Test
    void programReport_missingOrForeignFile_oneLine_fileUntouched() throws Exception {
        Path missing = folder.resolve("nowhere.db");
        assertThat(run(Language.EN, "program-report", "--db", missing.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).contains("There is no such file").doesNotContain("\n");
        assertThat(missing).doesNotExist();

        Path notes = folder.resolve("notes.db");
        Files.writeString(notes, "not a database\n".repeat(60));
        byte[] before = Files.readAllBytes(notes);
        assertThat(run(Language.EN, "program-report", "--db", notes.toString())).isEqualTo(Cli.FAILED);
        assertThat(err()).contains("not a Kabinet practice file");
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    }

    @Test
    void programReport_badDates_areUsageErrors() throws Exception {
        Path file = handMade();
        assertThat(run(Language.EN, "program-report", "--db", file.toString(), "--from", "1/2/2026"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--from needs a date as YYYY-MM-DD");
        assertThat(run(Language.EN, "program-report", "--db", file.toString(), "--from", "2026-05-01",
                "--to", "2026-04-01")).isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "program-report", "--help")).isZero();
        assertThat(out()).contains("--program NAME");
        assertThat(run(Language.EN, "help")).isZero();
        assertThat(out()).contains("program-report  the program report");
    }
}
