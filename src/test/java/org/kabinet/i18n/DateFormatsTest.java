package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFormatsTest {

    private final DateFormats ru = new DateFormats(Language.RU);
    private final DateFormats en = new DateFormats(Language.EN);

    @Test
    void parse_russianDottedDate_thatDay() {
        assertThat(ru.parse("24.11.2026")).contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void parse_singleDigitDayAndMonth_dayFirst() {
        assertThat(ru.parse("1.2.2026")).contains(LocalDate.of(2026, 2, 1));
    }

    @Test
    void parse_isoDate_acceptedInEitherLanguage() {
        assertThat(ru.parse("2026-11-24")).contains(LocalDate.of(2026, 11, 24));
        assertThat(en.parse("2026-11-24")).contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void parse_slashedDateInEnglish_dayFirst() {
        assertThat(en.parse("03/04/2026")).contains(LocalDate.of(2026, 4, 3));
    }

    @Test
    void parse_surroundingSpaces_ignored() {
        assertThat(ru.parse("  24.11.2026 ")).contains(LocalDate.of(2026, 11, 24));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026", "29.02.2026", "31.04.2026", "32.01.2026", "24.13.2026",
            "2026-02-30", "15.3.84", "24 ноября 2026", "завтра", "11/24/2026"})
    void parse_notARealDateInAcceptedForm_empty(String typed) {
        assertThat(ru.parse(typed)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void parse_nothingTyped_empty(String typed) {
        assertThat(ru.parse(typed)).isEmpty();
    }

    @Test
    void parse_leapDayInLeapYear_accepted() {
        assertThat(ru.parse("29.02.2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void format_russian_dottedWithLeadingZeros() {
        assertThat(ru.format(LocalDate.of(2026, 2, 1))).isEqualTo("01.02.2026");
    }

    @Test
    void format_english_slashedDayFirst() {
        assertThat(en.format(LocalDate.of(2026, 2, 1))).isEqualTo("01/02/2026");
    }

    @Test
    void format_noDate_emptyString() {
        assertThat(ru.format(null)).isEmpty();
    }

    @Test
    void format_thenParse_sameDate() {
        LocalDate date = LocalDate.of(1984, 3, 15);

        assertThat(ru.parse(ru.format(date))).contains(date);
        assertThat(en.parse(en.format(date))).contains(date);
    }

    @Test
    void formatLong_russian_genitiveMonth() {
        assertThat(ru.formatLong(LocalDate.of(1984, 3, 15))).isEqualTo("15 марта 1984 г.");
    }

    @Test
    void formatLong_english_dayFirstLikeTheShortForm() {
        assertThat(en.formatLong(LocalDate.of(1984, 3, 15))).isEqualTo("15 March 1984");
    }

    @Test
    void hint_eachLanguage_itsOwnPattern() {
        assertThat(ru.hint()).isEqualTo("ДД.ММ.ГГГГ");
        assertThat(en.hint()).isEqualTo("DD/MM/YYYY");
    }
}
