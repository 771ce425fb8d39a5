package org.kabinet.logic.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kabinet.export.ProgramSheet;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.testutil.TestClock;

/** A program sheet counts its meetings in words that agree with the number, in both languages. */
class ProgramSheetTextsTest {

    private static String intro(Language language, int lessons) {
        Program own = new Program(7, "own", "Тревога", false);
        List<Lesson> list = IntStream.rangeClosed(1, lessons)
                .mapToObj(i -> new Lesson(i, 7, null, "Встреча " + i, "", i, false)).toList();
        ProgramSheet sheet = new SheetTexts(Messages.of(language), TestClock.FIXED).program(own, list);
        return sheet.introduction();
    }

    @Test
    void program_russianCounts_agreeWithTheNumber() {
        assertThat(intro(Language.RU, 1)).contains("серия из 1 встречи,");
        assertThat(intro(Language.RU, 3)).contains("серия из 3 встреч,");
        assertThat(intro(Language.RU, 21)).contains("серия из 21 встречи,");
    }

    @Test
    void program_englishCounts_agreeWithTheNumber() {
        assertThat(intro(Language.EN, 1)).contains("a series of 1 meeting,");
        assertThat(intro(Language.EN, 12)).contains("a series of 12 meetings,");
    }
}
