package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralsTest {

    @ParameterizedTest(name = "{0} клиент… → {1}")
    @CsvSource({
        "1, one", "21, one", "101, one", "1001, one",
        "2, few", "3, few", "4, few", "22, few", "24, few", "102, few",
        "0, many", "5, many", "11, many", "12, many", "14, many", "19, many", "20, many", "25, many",
        "100, many", "111, many", "112, many", "114, many"})
    void category_russian_cldrForm(long count, String expected) {
        assertThat(Plurals.category(Language.RU, count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} client… → {1}")
    @CsvSource({"1, one", "0, other", "2, other", "5, other", "11, other", "21, other", "111, other"})
    void category_english_oneOrOther(long count, String expected) {
        assertThat(Plurals.category(Language.EN, count)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"-1, one", "-2, few", "-5, many"})
    void category_russianNegative_sameFormAsPositive(long count, String expected) {
        assertThat(Plurals.category(Language.RU, count)).isEqualTo(expected);
    }
}
