package org.kabinet.logic.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.RuleException;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.PaperSize;

/** Homework and program sheets read back from the PDF: names, texts, paper, fonts. */
class SheetServiceTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path folder;

    private SheetFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new SheetFixture(folder.resolve("k.db"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void homework_inRussian_carriesFullNameTitlesStepsAndLabels() throws Exception {
        f.settings(PaperSize.A4, NameOnSheet.FULL);
        Path pdf = folder.resolve("ru.pdf");
        f.practice.sheets().homework(f.ids(), RU, pdf);
        String text = text(pdf);
        assertThat(text).contains("Иванова Ольга Петровна", "Вечерний обзор дня",
                "Вспомните день в обратном порядке", "Что сегодня было важным?", "Домашнее задание", "Ваши ответы",
                "Для вас:", "Начните с пяти минут.", "Письмо себе", "Мария Смирнова", "23 ноября 2026", "1 / ");
    }

    @Test
    void homework_practiceNameSet_standsAboveHerNameAtTheTop() throws Exception {
        f.settings(PaperSize.A4, NameOnSheet.FULL);
        var sheets = f.practice.settings().sheets();
        f.practice.settings().save(new org.kabinet.model.PracticeSettings("Кабинет на Садовой", sheets,
                f.practice.followUps().settings()));
        Path pdf = folder.resolve("named.pdf");
        f.practice.sheets().homework(f.ids(), RU, pdf);
        String text = text(pdf);
        assertThat(text).contains("Кабинет на Садовой", "Мария Смирнова");
        assertThat(text.indexOf("Кабинет на Садовой")).isLessThan(text.indexOf("Мария Смирнова"));
    }

    @Test
    void homework_inEnglish_carriesFirstNameOnlyAndEnglishTexts() throws Exception {
        f.settings(PaperSize.LETTER, NameOnSheet.FIRST_NAME);
        Path pdf = folder.resolve("en.pdf");
        f.practice.sheets().homework(List.of(f.homework.get(1).id()), Locale.ENGLISH, pdf);
        String text = text(pdf);
        assertThat(text).contains("For: Ольга", "Evening review of the day", "Go back through the day",
                "What mattered today?", "Homework", "Your answers", "Steps").doesNotContain("Иванова");
    }

    @Test
    void homework_withInitials_namesTheClientByInitialsOnly() throws Exception {
        f.settings(PaperSize.A4, NameOnSheet.INITIALS);
        Path pdf = folder.resolve("initials.pdf");
        f.practice.sheets().homework(f.ids(), RU, pdf);
        assertThat(text(pdf)).contains("О.П.И.").doesNotContain("Иванова", "Ольга");
    }

    @Test
    void homework_paperSetting_decidesThePageSize() throws Exception {
        for (PaperSize paper : PaperSize.values()) {
            f.settings(paper, NameOnSheet.FULL);
            Path pdf = folder.resolve(paper + ".pdf");
            f.practice.sheets().homework(f.ids(), RU, pdf);
            PDRectangle expected = paper == PaperSize.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : doc.getPages()) {
                    assertThat(page.getMediaBox().getWidth()).isEqualTo(expected.getWidth());
                    assertThat(page.getMediaBox().getHeight()).isEqualTo(expected.getHeight());
                }
            }
        }
    }

    @Test
    void homework_fontsAreEmbedded() throws Exception {
        Path pdf = folder.resolve("fonts.pdf");
        f.practice.sheets().homework(f.ids(), RU, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts++;
            }
            assertThat(fonts).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void homework_veryLongInstructions_flowOntoManyPagesAndLoseNothing() throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 1500; i++) {
            b.append("Фраза номер ").append(i).append(" длинной инструкции. ");
            if (i % 20 == 0) {
                b.append('\n');
            }
        }
        long id = f.practice.homework().assign(List.of(f.item(null, "Очень длинное", b.toString())), false)
                .get(0).id();
        Path pdf = folder.resolve("long.pdf");
        f.practice.sheets().homework(List.of(id), RU, pdf);
        assertThat(pages(pdf)).isGreaterThanOrEqualTo(10);
        // Page footers ("3 / 12") sit between the last line of a page and the first of the next.
        String text = text(pdf).replaceAll("\\d+ / \\d+", " ").replaceAll("\\s+", " ");
        for (int i = 1; i <= 1500; i++) {
            assertThat(text).contains("Фраза номер " + i + " длинной");
        }
    }

    @Test
    void homework_characterTheFontLacks_isReplacedVisibly() throws Exception {
        long id = f.practice.homework().assign(List.of(f.item(null, "Знак", "до 中 после")), false).get(0).id();
        Path pdf = folder.resolve("glyph.pdf");
        f.practice.sheets().homework(List.of(id), RU, pdf);
        assertThat(text(pdf)).contains("до \uFFFD после").doesNotContain("中");
    }

    @Test
    void homework_noSuchHomework_isRefused() {
        assertThatThrownBy(() -> f.practice.sheets().homework(List.of(999L), RU, folder.resolve("x.pdf")))
                .isInstanceOf(RuleException.class);
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void homeworkOfDay_oneSheetPerClient_eachNumberedOnItsOwn() throws Exception {
        Path pdf = folder.resolve("day.pdf");
        int sheets = f.practice.sheets().homeworkOfDay(SheetFixture.DAY.toLocalDate(), RU, pdf);
        assertThat(sheets).isEqualTo(1);
        assertThat(text(pdf)).contains("Иванова Ольга Петровна", "Вечерний обзор дня");
    }

    @Test
    void homeworkOfDay_dayWithoutHomework_writesNothing() {
        Path pdf = folder.resolve("none.pdf");
        assertThat(f.practice.sheets().homeworkOfDay(SheetFixture.DAY.toLocalDate().plusDays(1), RU, pdf)).isZero();
        assertThat(pdf).doesNotExist();
    }

    @Test
    void program_base_listsItsLessonsInBothLanguagesOnOnePage() throws Exception {
        f.settings(PaperSize.A4, NameOnSheet.FULL);
        long base = f.practice.programs().programs().get(0).id();
        Path ru = folder.resolve("base-ru.pdf");
        Path en = folder.resolve("base-en.pdf");
        f.practice.sheets().program(base, RU, ru);
        f.practice.sheets().program(base, Locale.ENGLISH, en);
        assertThat(text(ru)).contains("Программа «База»", "Как часто", "Чего ожидать");
        assertThat(text(en)).contains("The Base program", "How often", "What to expect");
        assertThat(pages(ru)).isEqualTo(1);
        assertThat(pages(en)).isEqualTo(1);
    }

    @Test
    void homework_folderWithoutPermission_failsCleanlyAndLeavesNoFile() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        assertThat(locked.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere");
            Path pdf = locked.resolve("sheet.pdf");
            assertThatThrownBy(() -> f.practice.sheets().homework(f.ids(), RU, pdf))
                    .isInstanceOf(org.kabinet.export.ExportException.class)
                    .satisfies(e -> assertThat(((org.kabinet.export.ExportException) e).messageKey())
                            .isEqualTo("sheet.error.denied"));
            try (var files = Files.list(locked)) {
                assertThat(files).isEmpty();
            }
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void homework_fileThatCannotBeReplaced_failsCleanlyAndLeavesNoTemporaryFile() throws Exception {
        // A folder in the way of the chosen name: the last step (the move) fails, as with a file open elsewhere.
        Path pdf = Files.createDirectory(folder.resolve("sheet.pdf"));
        Files.writeString(pdf.resolve("keep.txt"), "x");
        assertThatThrownBy(() -> f.practice.sheets().homework(f.ids(), RU, pdf))
                .isInstanceOf(org.kabinet.export.ExportException.class)
                .satisfies(e -> assertThat(((org.kabinet.export.ExportException) e).messageKey())
                        .isEqualTo("sheet.error.write"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(pdf).isDirectory();
    }

    @Test
    void homework_folderThatDoesNotExist_failsCleanly() {
        Path pdf = folder.resolve("missing").resolve("sheet.pdf");
        assertThatThrownBy(() -> f.practice.sheets().homework(f.ids(), RU, pdf))
                .isInstanceOf(org.kabinet.export.ExportException.class);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void sheets_clientWithPrivateAndOrdinaryNotes_carryNoWordOfEither() throws Exception {
        f.practice.notes().save(Note.draft(f.olga.id(), null, f.practice.notes().today()).withPrivate(true)
                .withText(NoteText.free("Контрперенос: хочется её спасать")));
        f.practice.notes().save(Note.draft(f.olga.id(), f.homework.get(0).sessionId(), f.practice.notes().today())
                .withText(NoteText.free("Говорили о зеркале")));
        Path homework = folder.resolve("hw.pdf");
        Path program = folder.resolve("program.pdf");

        f.practice.sheets().homework(f.ids(), RU, homework);
        f.practice.sheets().program(f.practice.programs().programs().get(0).id(), RU, program);

        for (Path pdf : List.of(homework, program)) {
            assertThat(text(pdf)).doesNotContain("Контрперенос", "спасать", "зеркале");
        }
    }
}
