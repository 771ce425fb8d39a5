package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    private final PersonName olga = new PersonName("Иванова", "Ольга", "Петровна");

    @Test
    void constructor_paddedAndNullParts_trimmedAndEmpty() {
        PersonName name = new PersonName("  Иванова ", null, "\tПетровна\n");

        assertThat(name.lastName()).isEqualTo("Иванова");
        assertThat(name.firstName()).isEmpty();
        assertThat(name.patronymic()).isEqualTo("Петровна");
    }

    @Test
    void full_allParts_lastFirstPatronymic() {
        assertThat(olga.full()).isEqualTo("Иванова Ольга Петровна");
    }

    @Test
    void full_onlyFirstName_noStraySpaces() {
        assertThat(new PersonName("", "Ольга", "").full()).isEqualTo("Ольга");
    }

    @Test
    void firstAndLast_allParts_firstThenLast() {
        assertThat(olga.firstAndLast()).isEqualTo("Ольга Иванова");
    }

    @Test
    void firstAndPatronymic_allParts_politeForm() {
        assertThat(olga.firstAndPatronymic()).isEqualTo("Ольга Петровна");
    }

    @Test
    void initials_allParts_firstPatronymicLast() {
        assertThat(olga.initials()).isEqualTo("О. П. И.");
    }

    @Test
    void initials_lowerCaseAndMissingPatronymic_upperCaseInitialsOnly() {
        assertThat(new PersonName("иванова", "ольга", "").initials()).isEqualTo("О. И.");
    }

    @Test
    void isBlank_noParts_true() {
        assertThat(new PersonName(" ", null, "").isBlank()).isTrue();
    }

    @Test
    void isBlank_lastNameOnly_false() {
        assertThat(new PersonName("Иванова", "", "").isBlank()).isFalse();
    }

    @Test
    void sameAs_differentCaseAndYo_true() {
        PersonName a = new PersonName("Семёнова", "Алёна", "");
        PersonName b = new PersonName("СЕМЕНОВА", "алена", "");

        assertThat(a.sameAs(b)).isTrue();
        assertThat(b.sameAs(a)).isTrue();
    }

    @Test
    void sameAs_differentPatronymic_false() {
        assertThat(olga.sameAs(new PersonName("Иванова", "Ольга", "Павловна"))).isFalse();
    }
}
