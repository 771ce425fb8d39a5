package org.kabinet.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Facts derived from a card and today's date, never stored: age and days since last contact. */
public final class ClientFacts {

    private ClientFacts() {
    }

    /** Full years of age on {@code today}; empty without a birth date. */
    public static OptionalInt age(LocalDate birthDate, LocalDate today) {
        if (birthDate == null || birthDate.isAfter(today)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(birthDate, today).getYears());
    }

    /** Whole days from the last contact to {@code today}; empty when there was none. */
    public static OptionalLong daysSince(LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, ChronoUnit.DAYS.between(lastContact, today)));
    }
}
