package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a client is named on a printed sheet. */
class NameOnSheetTest {

    private static final PersonName OLGA = new PersonName("Иванова", "Ольга", "Петровна");

    @Test
    void full_isLastFirstPatronymic() {
        assertThat(NameOnSheet.FULL.of(OLGA)).isEqualTo("Иванова Ольга Петровна");
    }

    @Test
    void firstName_isTheFirstNameOnly() {
        assertThat(NameOnSheet.FIRST_NAME.of(OLGA)).isEqualTo("Ольга");
    }

    @Test
    void initials_areFirstNamePatronymicLastName() {
        assertThat(NameOnSheet.INITIALS.of(OLGA)).isEqualTo("О.П.И.");
    }

    @Test
    void initials_withoutPatronymic_leaveItOut() {
        assertThat(NameOnSheet.INITIALS.of(new PersonName("Smith", "Anna", ""))).isEqualTo("A.S.");
    }
}
