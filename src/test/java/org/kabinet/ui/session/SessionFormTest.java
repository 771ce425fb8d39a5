package org.kabinet.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SessionFormTest {

    @Test
    void parseTime_hoursAndMinutes_withColonOrDot() {
        assertThat(SessionForm.parseTime("18:30")).contains(LocalTime.of(18, 30));
        assertThat(SessionForm.parseTime(" 9.05 ")).contains(LocalTime.of(9, 5));
    }

    @Test
    void parseTime_impossibleOrIncomplete_isEmpty() {
        assertThat(SessionForm.parseTime("25:00")).isEmpty();
        assertThat(SessionForm.parseTime("10:60")).isEmpty();
        assertThat(SessionForm.parseTime("10")).isEmpty();
        assertThat(SessionForm.parseTime("")).isEmpty();
    }
}
