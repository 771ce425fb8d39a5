package org.kabinet.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;

/** Day headings in both languages, as the psychologist reads them. */
class AgendaTextsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void heading_todayAndTomorrowInEnglish_nameTheDayAndWeekday() {
        AgendaTexts texts = new AgendaTexts(Messages.of(Language.EN));
        assertThat(texts.heading(WEDNESDAY, WEDNESDAY)).isEqualTo("Today, Wednesday 25 November");
        assertThat(texts.heading(WEDNESDAY.plusDays(1), WEDNESDAY)).isEqualTo("Tomorrow, Thursday 26 November");
    }

    @Test
    void heading_inRussian_usesTheGenitiveMonthAndAComma() {
        AgendaTexts texts = new AgendaTexts(Messages.of(Language.RU));
        assertThat(texts.heading(WEDNESDAY, WEDNESDAY)).isEqualTo("Сегодня, среда, 25 ноября");
        assertThat(texts.heading(WEDNESDAY.plusDays(1), WEDNESDAY)).isEqualTo("Завтра, четверг, 26 ноября");
    }

    @Test
    void heading_anotherDay_isTheDateCapitalised() {
        AgendaTexts texts = new AgendaTexts(Messages.of(Language.RU));
        assertThat(texts.heading(WEDNESDAY.plusDays(5), WEDNESDAY)).isEqualTo("Понедельник, 30 ноября");
    }
}
