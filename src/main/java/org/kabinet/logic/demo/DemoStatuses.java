package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.SessionStatus;

/** A demo client's status as the diary tells it: at work when sessions are recent or planned, else how it ended. */
final class DemoStatuses {

    private final Random random;
    private final LocalDate today;
    private final LocalDate diaryStart;

    DemoStatuses(Random random, LocalDate today, LocalDate diaryStart) {
        this.random = random;
        this.today = today;
        this.diaryStart = diaryStart;
    }

    /** A client the diary never saw: long gone, or asked and never came. */
    ClientStatus neverCame(LocalDate firstContact) {
        long days = ChronoUnit.DAYS.between(firstContact, today);
        ClientStatus[] gone = {ClientStatus.ENQUIRY, ClientStatus.COMPLETED, ClientStatus.DROPPED_OUT,
            ClientStatus.REFERRED_ON, ClientStatus.ARCHIVED};
        // Recent ones may still come; the others came before the diary starts, or asked and went elsewhere.
        return gone[weighted(random, days < 180 ? new int[] {55, 0, 25, 12, 8}
                : firstContact.isBefore(diaryStart) ? new int[] {0, 34, 28, 4, 34} : new int[] {0, 10, 45, 3, 42})];
    }

    /** The status of a client with these sessions (in time order) and this enrolment (null: none). */
    ClientStatus of(LocalDate firstContact, List<DemoStory.Visit> visits, DemoStory.Enrolled enrolment) {
        if (visits.isEmpty()) {
            return neverCame(firstContact);
        }
        DemoStory.Visit last = visits.get(visits.size() - 1);
        boolean planned = last.status() == SessionStatus.PLANNED;
        LocalDate lastDay = last.start().toLocalDate();
        if (enrolment != null && enrolment.status() == EnrolmentStatus.PAUSED && !planned) {
            return ClientStatus.PAUSED;
        }
        if (planned || lastDay.isAfter(today.minusDays(30))) {
            return visits.size() == 1 ? ClientStatus.ENQUIRY : ClientStatus.ACTIVE;
        }
        if (enrolment != null && enrolment.status() == EnrolmentStatus.COMPLETED) {
            return ClientStatus.COMPLETED;
        }
        if (visits.size() == 1) {
            return lastDay.isAfter(today.minusDays(180)) ? ClientStatus.ENQUIRY : neverCame(lastDay);
        }
        boolean longAgo = lastDay.isBefore(today.minusMonths(18));
        ClientStatus[] ended = {ClientStatus.COMPLETED, ClientStatus.DROPPED_OUT, ClientStatus.REFERRED_ON,
            ClientStatus.ARCHIVED, ClientStatus.PAUSED};
        return ended[weighted(random, longAgo ? new int[] {30, 25, 5, 40, 0}
                : enrolment != null ? new int[] {5, 80, 5, 10, 0} : new int[] {45, 30, 5, 10, 10})];
    }

    /** An index drawn with the given weights. */
    static int weighted(Random random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }
}
