package org.kabinet.logic.clientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headers in Russian and English, however they are spelt, and names written in one cell. */
class ColumnGuesserTest {

    private static ColumnMapping guess(String... headers) {
        return ColumnGuesser.guess(new ImportTable(Path.of("x.csv"), ImportFormat.CSV, "UTF-8", List.of(headers),
                List.of(), List.of()));
    }

    @Test
    void guess_russianHeaders_caseSpaceAndPunctuationDoNotCount() {
        assertThat(guess("ФАМИЛИЯ", " имя ", "Отчество", "Моб. телефон", "e-mail", "Д.р.", "город", "Откуда узнала",
                "Кто рекомендовал", "Запрос", "Профессия", "Пол").fields()).containsExactly(
                ClientField.LAST_NAME, ClientField.FIRST_NAME, ClientField.PATRONYMIC, ClientField.PHONE,
                ClientField.EMAIL, ClientField.BIRTH_DATE, ClientField.CITY, ClientField.SOURCE,
                ClientField.REFERRED_BY, ClientField.REQUEST, ClientField.OCCUPATION, ClientField.SEX);
    }

    @Test
    void guess_englishHeaders() {
        assertThat(guess("Last name", "First name", "Mobile", "Email", "Date of birth", "City", "Source",
                "Referred by", "Request").fields()).containsExactly(ClientField.LAST_NAME, ClientField.FIRST_NAME,
                ClientField.PHONE, ClientField.EMAIL, ClientField.BIRTH_DATE, ClientField.CITY, ClientField.SOURCE,
                ClientField.REFERRED_BY, ClientField.REQUEST);
    }

    @Test
    void guess_wordsInsideLongerHeaders_andUnknownHeadersAreSkipped() {
        assertThat(guess("ФИО", "Телефон (рабочий)", "Сумма оплаты", "Дата рождения клиента").fields())
                .containsExactly(ClientField.FULL_NAME, ClientField.PHONE, ClientField.SKIP, ClientField.BIRTH_DATE);
    }

    @Test
    void guess_loneNameColumn_holdsTheFullName() {
        assertThat(guess("Имя", "Телефон").fields()).containsExactly(ClientField.FULL_NAME, ClientField.PHONE);
        assertThat(guess("Name", "Phone").fields()).containsExactly(ClientField.FULL_NAME, ClientField.PHONE);
    }

    @Test
    void guess_severalPhoneColumnsAllCount_aSecondEmailIsSkipped() {
        assertThat(guess("Телефон", "Телефон 2", "Email", "Почта").fields()).containsExactly(
                ClientField.PHONE, ClientField.PHONE, ClientField.EMAIL, ClientField.SKIP);
    }

    @Test
    void split_russianAndLatinNames() {
        assertThat(NameSplitter.split("Иванова Анна Петровна").full()).isEqualTo("Иванова Анна Петровна");
        assertThat(NameSplitter.split("Иванова Анна Петровна").firstName()).isEqualTo("Анна");
        assertThat(NameSplitter.split("Анна Петровна Иванова").lastName()).isEqualTo("Иванова");
        assertThat(NameSplitter.split("Анна Петровна").patronymic()).isEqualTo("Петровна");
        assertThat(NameSplitter.split("Иванова Анна").lastName()).isEqualTo("Иванова");
        assertThat(NameSplitter.split("Anna Ivanova").firstName()).isEqualTo("Anna");
        assertThat(NameSplitter.split("Anna Ivanova").lastName()).isEqualTo("Ivanova");
        assertThat(NameSplitter.split("Анна").firstName()).isEqualTo("Анна");
        assertThat(NameSplitter.split("Алиев Рустам Ильхам оглы").patronymic()).isEqualTo("Ильхам оглы");
    }
}
