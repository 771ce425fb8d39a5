package org.kabinet.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kabinet.model.SuggestionReason;
import org.kabinet.model.SuggestionRule;

/** Why to call, in words, in both languages, plurals included. */
class FollowUpLabelsTest {

    private static String words(Language language, SuggestionReason r) {
        return FollowUpLabels.reason(r, Messages.of(language), new DateFormats(language));
    }

    @Test
    void stalled_inRussianAndEnglish_withPluralsAndTheDay() {
        SuggestionReason r = new SuggestionReason(SuggestionRule.STALLED, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 21), 34, "x");
        SuggestionReason one = new SuggestionReason(SuggestionRule.STALLED, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 10, 21), 21, "x");

        assertThat(words(Language.RU, r)).isEqualTo("Остановился(ась) в программе: нет урока 34 дня (с 21.10.2026)");
        assertThat(words(Language.RU, one)).contains("нет урока 21 день");
        assertThat(words(Language.EN, r)).isEqualTo("Stalled in the program: no lesson for 34 days (since 21/10/2026)");
    }

    @Test
    void birthdayAndLapsed_sayTheDayAndTheNumber() {
        SuggestionReason birthday = new SuggestionReason(SuggestionRule.BIRTHDAY, LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 27), 45, "2026");
        SuggestionReason lapsed = new SuggestionReason(SuggestionRule.LAPSED, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 5, 1), 6, "6m");

        assertThat(words(Language.RU, birthday)).isEqualTo("День рождения 27.11.2026: исполняется 45");
        assertThat(words(Language.EN, lapsed)).isEqualTo("No session for 6 months (last on 01/05/2026)");
        assertThat(words(Language.RU, lapsed)).isEqualTo("Не был(а) 6 месяцев (последняя сессия 01.05.2026)");
    }

    @Test
    void notBooked_oneOrMoreDays_agreesWithTheNumber() {
        SuggestionReason one = new SuggestionReason(SuggestionRule.NOT_BOOKED, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20), 1, "x");
        SuggestionReason three = new SuggestionReason(SuggestionRule.NOT_BOOKED, LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20), 3, "x");

        assertThat(words(Language.RU, one)).isEqualTo("В программе, и нет записи на ближайший 1 день");
        assertThat(words(Language.RU, three)).endsWith("на ближайшие 3 дня");
        assertThat(words(Language.EN, one)).endsWith("in the next 1 day");
        assertThat(words(Language.EN, three)).endsWith("in the next 3 days");
    }
}
