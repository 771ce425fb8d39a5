package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "79123456789",
            "9123456789", "8(912)345.67.89"})
    void nationalDigits_usualRussianSpellings_sameTenDigits(String typed) {
        assertThat(PhoneNumbers.nationalDigits(typed)).isEqualTo("9123456789");
    }

    @Test
    void nationalDigits_foreignNumber_keepsEveryDigit() {
        assertThat(PhoneNumbers.nationalDigits("+49 30 1234 5678")).isEqualTo("493012345678");
    }

    @Test
    void nationalDigits_elevenDigitsNotStartingWith7or8_unchanged() {
        assertThat(PhoneNumbers.nationalDigits("+3 912 345 67 89")).isEqualTo("39123456789");
    }

    @Test
    void digits_mixedText_onlyDigits() {
        assertThat(PhoneNumbers.digits("+7 (912) 345-67-89 доб. 1")).isEqualTo("791234567891");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "12-34-5",
            "  +7 912 345 67 89  ", "123456789012345"})
    void isValid_phoneSpellings_true(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "12-34", "", "1234567890123456", "8 912 345 67 89 доб 1",
            "+7 912 +345", "912/345/67", "тел. 89123456789"})
    void isValid_notAPhone_false(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
    }
}
