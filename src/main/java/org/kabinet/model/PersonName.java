package org.kabinet.model;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A client's name as written in Russian practice: last name, first name and patronymic. */
public record PersonName(String lastName, String firstName, String patronymic) {

    public PersonName {
        lastName = Text.clean(lastName);
        firstName = Text.clean(firstName);
        patronymic = Text.clean(patronymic);
    }

    /** "Иванова Ольга Петровна": the order used in lists and documents. */
    public String full() {
        return join(lastName, firstName, patronymic);
    }

    /** "Ольга Иванова": how the name is written on a sheet that should not be too formal. */
    public String firstAndLast() {
        return join(firstName, lastName);
    }

    /** "О. П. И." style initials, for sheets where privacy matters. */
    public String initials() {
        return Stream.of(firstName, patronymic, lastName)
                .filter(s -> !s.isEmpty())
                .map(s -> s.substring(0, 1).toUpperCase() + ".")
                .collect(Collectors.joining(" "));
    }

    /** The usual polite form of address in Russian: first name and patronymic. */
    public String firstAndPatronymic() {
        return join(firstName, patronymic);
    }

    public boolean isBlank() {
        return full().isEmpty();
    }

    /** True when both names are the same person by spelling, ignoring case and "ё". */
    public boolean sameAs(PersonName other) {
        return Objects.equals(Text.foldForSearch(full()), Text.foldForSearch(other.full()));
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }
}
