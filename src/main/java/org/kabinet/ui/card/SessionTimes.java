package org.kabinet.ui.card;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.kabinet.model.FreeSlots;
import org.kabinet.model.Session;
import org.kabinet.model.WorkingHours;

/**
 * When a newly planned session should start unless she says otherwise: the same time a week after
 * the client's last session, if that is still ahead and free; else the first free working hour
 * from tomorrow on.
 */
final class SessionTimes {

    /** How many days ahead to look for a free hour before giving up and offering tomorrow. */
    static final int DAYS_AHEAD = 14;

    private SessionTimes() {
    }

    /**
     * @param own the client's sessions
     * @param diary the sessions of every client on a day (read from the file)
     */
    static LocalDateTime suggest(List<Session> own, LocalDateTime now, Function<LocalDate, List<Session>> diary) {
        WorkingHours hours = WorkingHours.DEFAULT;
        var last = own.stream().filter(s -> s.status().occupiesTime()).max(Comparator.comparing(Session::start));
        if (last.isPresent()) {
            LocalDateTime weekLater = last.get().start().plusWeeks(1);
            if (weekLater.isAfter(now) && FreeSlots.isFree(weekLater, Session.DEFAULT_MINUTES,
                    diary.apply(weekLater.toLocalDate()))) {
                return weekLater;
            }
        }
        LocalDate tomorrow = now.toLocalDate().plusDays(1);
        for (LocalDate day = tomorrow; day.isBefore(tomorrow.plusDays(DAYS_AHEAD)); day = day.plusDays(1)) {
            List<LocalDateTime> free = FreeSlots.on(day, diary.apply(day), hours, Session.DEFAULT_MINUTES);
            if (!free.isEmpty()) {
                return free.get(0);
            }
        }
        return tomorrow.atTime(hours.from());
    }
}
