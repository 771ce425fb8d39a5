package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import org.junit.jupiter.api.Test;

/** The locale JavaFX's controls format with: a date picker's week starts on Monday, as the week calendar's does. */
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
}
