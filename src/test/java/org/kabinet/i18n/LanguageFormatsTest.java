package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import org.junit.jupiter.api.Test;

/** Formats that follow the language: a date picker's week starts on Monday, thousands are grouped the local way. */
class LanguageFormatsTest {

    @Test
    void formats_eitherLanguage_weekStartsOnMonday() {
        for (Language language : Language.values()) {
            assertThat(WeekFields.of(language.formats()).getFirstDayOfWeek()).as(language.name())
                    .isEqualTo(DayOfWeek.MONDAY);
        }
    }

    @Test
    void formats_sameLanguageAsTheTexts() {
        for (Language language : Language.values()) {
            assertThat(language.formats().getLanguage()).isEqualTo(language.code());
            assertThat(Language.of(language.formats())).isEqualTo(language);
        }
    }

    @Test
    void number_eachLanguage_groupsThousandsItsOwnWay() {
        // Russian groups with a no-break space, so that «54 000» never breaks across lines.
        assertThat(Messages.of(Language.RU).number(54000)).isEqualTo("54\u00a0000");
        assertThat(Messages.of(Language.EN).number(54000)).isEqualTo("54,000");
        assertThat(Messages.of(Language.RU).number(3500)).isEqualTo("3\u00a0500");
    }
}
