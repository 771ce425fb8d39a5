package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.sheets.SheetFixture;
import org.kabinet.testutil.TestClock;

/** {@code homework-pdf} writes the app's homework sheet, and refuses bad files and options in one line. */
class HomeworkPdfCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private long[] practice(Path file) throws Exception {
        try (SheetFixture f = new SheetFixture(file)) {
            return new long[] {f.olga.id(), f.homework.get(0).id()};
        }
    }

    @Test
    void homeworkPdf_assignment_writesTheSheetAndSaysWhereAndHowLong() throws Exception {
        Path file = folder.resolve("k.db");
        long[] ids = practice(file);
        Path pdf = folder.resolve("sheet.pdf");

        assertThat(run(Language.RU, "homework-pdf", "--db", file.toString(), "--assignment", String.valueOf(ids[1]),
                "--out", pdf.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Записано: " + pdf.toAbsolutePath(), "мс");
        assertThat(text(pdf)).contains("Иванова Ольга Петровна", "Вечерний обзор дня");
    }

    @Test
    void homeworkPdf_clientAndDate_putsAllThatDaysHomeworkOnOneSheet() throws Exception {
        Path file = folder.resolve("k.db");
        long[] ids = practice(file);
        Path pdf = folder.resolve("day.pdf");

        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--client", String.valueOf(ids[0]),
                "--date", SheetFixture.DAY.toLocalDate().toString(), "--out", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("Evening review of the day", "Вечерний обзор дня", "Письмо себе");

        Path none = folder.resolve("none.pdf");
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--client", String.valueOf(ids[0]),
                "--date", "2026-01-01", "--out", none.toString())).isEqualTo(Cli.FAILED);
        assertThat(none).doesNotExist();
    }

    @Test
    void homeworkPdf_clientWithoutDate_takesTheHomeworkStillToReview() throws Exception {
        Path file = folder.resolve("k.db");
        long[] ids = practice(file);
        Path pdf = folder.resolve("review.pdf");

        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--client", String.valueOf(ids[0]),
                "--out", pdf.toString())).isZero();
        assertThat(text(pdf)).contains("Evening review of the day", "Письмо себе");
    }

    @Test
    void homeworkPdf_missingOrForeignFile_oneLine_fileUntouched() throws Exception {
        Path missing = folder.resolve("nowhere.db");
        Path pdf = folder.resolve("x.pdf");
        assertThat(run(Language.EN, "homework-pdf", "--db", missing.toString(), "--assignment", "1",
                "--out", pdf.toString())).isEqualTo(Cli.FAILED);
        assertThat(err().strip()).contains("There is no such file").doesNotContain("\n");
        assertThat(missing).doesNotExist();

        Path notes = folder.resolve("notes.db");
        Files.writeString(notes, "not a database\n".repeat(60));
        byte[] before = Files.readAllBytes(notes);
        assertThat(run(Language.EN, "homework-pdf", "--db", notes.toString(), "--assignment", "1",
                "--out", pdf.toString())).isEqualTo(Cli.FAILED);
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void homeworkPdf_badOptions_areUsageErrors_andUnknownIdsFail() throws Exception {
        Path file = folder.resolve("k.db");
        practice(file);
        String pdf = folder.resolve("x.pdf").toString();
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--out", pdf)).isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--assignment", "1", "--client", "1",
                "--out", pdf)).isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--assignment", "1", "--date",
                "2026-01-01", "--out", pdf)).isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--client", "1", "--date", "1/2/2026",
                "--out", pdf)).isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "homework-pdf", "--db", file.toString(), "--assignment", "999", "--out", pdf))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).contains("There is no homework with id 999.");
        assertThat(run(Language.EN, "homework-pdf", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--assignment ID");
    }
}
