package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kabinet.model.PersonName;

/** Client names in phone-book order in either language: the last name whole first. */
class NameOrderTest {

    private static List<String> sorted(Locale locale, PersonName... names) {
        NameOrder order = NameOrder.of(locale);
        return Stream.of(names).sorted(Comparator.comparing(order::key)).map(PersonName::full).toList();
    }

    @Test
    void key_russian_shorterLastNameFirst() {
        assertThat(sorted(Locale.forLanguageTag("ru"),
                new PersonName("Абрамова", "Вера", "Григорьевна"),
                new PersonName("Абрамов", "Сергей", "Геннадьевич"),
                new PersonName("Абрамова", "Анна", "")))
                .containsExactly("Абрамов Сергей Геннадьевич", "Абрамова Анна", "Абрамова Вера Григорьевна");
    }

    @Test
    void key_russian_yoBesideYe() {
        assertThat(sorted(Locale.forLanguageTag("ru"),
                new PersonName("Жукова", "Анна", ""),
                new PersonName("Ёлкина", "Анна", ""),
                new PersonName("Елкина", "Анна", "")))
                .startsWith("Елкина Анна").endsWith("Жукова Анна");
    }

    @Test
    void key_english_sameOrder() {
        assertThat(sorted(Locale.ENGLISH,
                new PersonName("Smithson", "Ann", ""),
                new PersonName("Smith", "Zoe", "")))
                .containsExactly("Smith Zoe", "Smithson Ann");
    }
}
