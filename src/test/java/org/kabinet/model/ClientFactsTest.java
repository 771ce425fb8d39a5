package org.kabinet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kabinet.testutil.TestClock.TODAY;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClientFactsTest {

    @Test
    void age_birthdayTomorrow_stillYounger() {
        // TODAY is 24 November 2026: someone born on 25 November 1984 turns 42 tomorrow.
        assertThat(ClientFacts.age(LocalDate.of(1984, 11, 25), TODAY)).hasValue(41);
    }

    @Test
    void age_birthdayToday_fullYears() {
        assertThat(ClientFacts.age(LocalDate.of(1984, 11, 24), TODAY)).hasValue(42);
    }

    @Test
    void age_birthdayYesterday_fullYears() {
        assertThat(ClientFacts.age(LocalDate.of(1984, 11, 23), TODAY)).hasValue(42);
    }

    @Test
    void age_bornToday_zero() {
        assertThat(ClientFacts.age(TODAY, TODAY)).hasValue(0);
    }

    @Test
    void age_noBirthDate_empty() {
        assertThat(ClientFacts.age(null, TODAY)).isEmpty();
    }

    @Test
    void age_birthDateInFuture_empty() {
        assertThat(ClientFacts.age(TODAY.plusDays(1), TODAY)).isEmpty();
    }

    @Test
    void daysSince_today_zero() {
        assertThat(ClientFacts.daysSince(TODAY, TODAY)).hasValue(0);
    }

    @Test
    void daysSince_acrossMonthEnd_wholeDays() {
        assertThat(ClientFacts.daysSince(LocalDate.of(2026, 10, 25), TODAY)).hasValue(30);
    }

    @Test
    void daysSince_aYearAgo_365() {
        assertThat(ClientFacts.daysSince(LocalDate.of(2025, 11, 24), TODAY)).hasValue(365);
    }

    @Test
    void daysSince_noContact_empty() {
        assertThat(ClientFacts.daysSince(null, TODAY)).isEmpty();
    }

    @Test
    void daysSince_futureDate_zero() {
        assertThat(ClientFacts.daysSince(TODAY.plusDays(3), TODAY)).hasValue(0);
    }
}
