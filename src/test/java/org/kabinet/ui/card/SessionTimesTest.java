package org.kabinet.ui.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

class SessionTimesTest {

    /** Tuesday 24 November 2026, 10:00, as TestClock. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);

    @Test
    void suggest_noSessions_firstFreeHourTomorrow() {
        Session busy = Session.planned(9, LocalDateTime.of(2026, 11, 25, 9, 0), SessionKind.SINGLE);
        assertThat(SessionTimes.suggest(List.of(), NOW, day -> day.getDayOfMonth() == 25 ? List.of(busy) : List.of()))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 10, 0));
    }

    @Test
    void suggest_recentSession_sameTimeAWeekLater() {
        Session last = Session.planned(1, LocalDateTime.of(2026, 11, 20, 18, 0), SessionKind.LESSON)
                .withStatus(SessionStatus.DONE);
        assertThat(SessionTimes.suggest(List.of(last), NOW, day -> List.of()))
                .isEqualTo(LocalDateTime.of(2026, 11, 27, 18, 0));
    }

    @Test
    void suggest_weekLaterTaken_firstFreeHourTomorrow() {
        Session last = Session.planned(1, LocalDateTime.of(2026, 11, 20, 18, 0), SessionKind.LESSON);
        Session other = Session.planned(2, LocalDateTime.of(2026, 11, 27, 18, 0), SessionKind.SINGLE);
        assertThat(SessionTimes.suggest(List.of(last), NOW, day -> List.of(other)))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
    }

    @Test
    void suggest_lastSessionLongAgo_tomorrowNotMonthsAgo() {
        Session last = Session.planned(1, LocalDateTime.of(2026, 3, 2, 15, 0), SessionKind.LESSON)
                .withStatus(SessionStatus.DONE);
        assertThat(SessionTimes.suggest(List.of(last), NOW, day -> List.of()))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
    }
}
