package org.kabinet.logic.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/**
 * The demo practice's sessions of the last three years and the next two weeks, one client at a
 * time in the order they first got in touch: a first consultation; then for about one in three
 * the Base (most stop by lesson 10, some finish, some come back after months), for the others a
 * few single sessions or, now and then, years of them. Cancellations and no-shows happen as they
 * do. Sessions go into one {@link DemoDiary}, so they never overlap and a day stays a day's work.
 */
final class DemoSessions {

    static final int LESSONS = 15;
    /** How far back the diary goes. */
    static final int YEARS = 3;
    /** How far ahead clients have booked. */
    static final int AHEAD_DAYS = 14;
    /** Sessions a client admitted to the diary brings on average, measured on demo files. */
    static final double SESSIONS_PER_CLIENT = 5.0;
    /** How full the diary may get: she leaves room for the unexpected. */
    private static final double LOAD = 0.95;
    /** Lessons reached before stopping, for those who stop: 1…14; most stop by lesson 10. */
    private static final int[] STOP_WEIGHTS = {10, 12, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 2, 2};

    private final Random random;
    private final DemoDiary diary;
    private final LocalDate today;
    private final LocalDate from;
    private final LocalDate horizon;
    private final int feeBase;
    private final int feeUnit;
    private final DemoStatuses statuses;
    private final int clients;
    private final double span;
    private final double growth;

    /**
     * {@code clients} first got in touch over {@code years}, more of them lately, as
     * {@link DemoPractice} spreads them ({@code growth}: the exponent it draws their days with).
     */
    DemoSessions(Random random, DemoDiary diary, DemoLanguage language, LocalDate today, int clients, int years,
            double growth) {
        this.random = random;
        this.diary = diary;
        this.today = today;
        this.from = today.minusYears(YEARS);
        this.horizon = today.plusDays(AHEAD_DAYS);
        this.feeBase = language == DemoLanguage.RU ? 3000 : 60;
        this.feeUnit = language == DemoLanguage.RU ? 500 : 10;
        this.statuses = new DemoStatuses(random, today, from);
        this.clients = clients;
        this.span = years * 365.0;
        this.growth = growth;
    }

    /**
     * The chance that a client who got in touch on {@code day} gets into the diary: all of them in
     * a small practice; in a big one only as many as 5 days a week of about 3 sessions can hold.
     */
    private double admitted(LocalDate day) {
        double daysAgo = Math.max(1, ChronoUnit.DAYS.between(day, today));
        // First contacts per day, daysAgo days back, when their days are drawn as span * u^growth.
        double perDay = clients * Math.pow(daysAgo / span, 1 / growth - 1) / (growth * span);
        double room = 3 * 5 / 7.0 * LOAD;
        return Math.min(1, room / (perDay * SESSIONS_PER_CLIENT));
    }

    /** The story of a client who first got in touch on {@code firstContact}. */
    DemoStory story(LocalDate firstContact) {
        SessionFormat format = random.nextInt(100) < 75 ? SessionFormat.IN_PERSON : SessionFormat.ONLINE;
        if (firstContact.isBefore(from) || random.nextDouble() >= admitted(firstContact)) {
            return new DemoStory(format, statuses.neverCame(firstContact), null, List.of());
        }
        Client c = new Client(firstContact, format, 9 + random.nextInt(11), random.nextInt(4));
        if (!c.visit(firstContact.plusDays(1 + random.nextInt(10)), 10, SessionKind.FIRST, 0)) {
            return c.finish(null);
        }
        if (c.last().status() != SessionStatus.DONE && c.last().status() != SessionStatus.PLANNED) {
            // A missed first consultation is booked once more; a planned one simply waits.
            c.visit(c.lastDay().plusDays(3 + random.nextInt(5)), 7, SessionKind.FIRST, 0);
        }
        if (c.last().status() != SessionStatus.DONE) {
            return c.finish(null);
        }
        int path = random.nextInt(100);
        if (path < 33) {
            return base(c);
        }
        if (path < 38) {
            singles(c, 20 + random.nextInt(60), 7, 21);
        } else {
            singles(c, weightedCount(), 7, 28);
        }
        return c.finish(null);
    }

    private DemoStory base(Client c) {
        LocalDate enrolled = c.lastDay();
        Long price = random.nextInt(100) < 40 ? Math.round(LESSONS * c.fee(enrolled) * 0.9 / feeUnit) * feeUnit : null;
        int stopAt = random.nextInt(100) < 18 ? LESSONS : 1 + weighted(STOP_WEIGHTS);
        int pauseAfter = stopAt >= 2 && random.nextInt(100) < 20 ? 1 + random.nextInt(stopAt - 1) : 0;
        if (pauseAfter > 0 && random.nextBoolean()) {
            // Back after months for a lesson or two.
            stopAt = Math.min(stopAt, pauseAfter + 1 + random.nextInt(2));
        }
        LocalDate wanted = enrolled.plusDays(7 + random.nextInt(8));
        LocalDate activeSince = enrolled;
        for (int lesson = 1; lesson <= stopAt; lesson++) {
            boolean done = false;
            while (!done) {
                if (!c.visitSoon(wanted, SessionKind.LESSON, lesson)) {
                    return c.finish(enrolment(c, enrolled, activeSince, price, false));
                }
                if (lesson == pauseAfter + 1 && activeSince.equals(enrolled) && pauseAfter > 0) {
                    // Back after the pause: the enrolment is active again from that day.
                    activeSince = c.lastDay();
                }
                SessionStatus status = c.last().status();
                if (status == SessionStatus.PLANNED) {
                    return c.finish(new DemoStory.Enrolled(enrolled, price, EnrolmentStatus.ACTIVE, activeSince));
                }
                done = status == SessionStatus.DONE;
                wanted = c.lastDay().plusDays(done ? (random.nextInt(100) < 60 ? 7 : 14) : 3 + random.nextInt(5));
            }
            if (lesson == pauseAfter) {
                wanted = c.lastDay().plusDays(60 + random.nextInt(240));
            }
        }
        if (stopAt == LESSONS) {
            LocalDate last = c.lastDay();
            c.visit(last.plusDays(7 + random.nextInt(8)), 7, SessionKind.FINAL, 0);
            return c.finish(new DemoStory.Enrolled(enrolled, price, EnrolmentStatus.COMPLETED, last));
        }
        return c.finish(enrolment(c, enrolled, activeSince, price, true));
    }

    /** Where an enrolment stands once its lessons stopped: paused for a while, then stopped. */
    private DemoStory.Enrolled enrolment(Client c, LocalDate enrolled, LocalDate activeSince, Long price,
            boolean stopped) {
        LocalDate last = c.lastLessonDay(enrolled);
        if (!stopped && !last.isBefore(today.minusDays(30))) {
            return new DemoStory.Enrolled(enrolled, price, EnrolmentStatus.ACTIVE, activeSince);
        }
        boolean recent = last.isAfter(today.minusDays(120));
        LocalDate since = recent ? last : min(last.plusDays(90), today);
        return new DemoStory.Enrolled(enrolled, price, recent ? EnrolmentStatus.PAUSED : EnrolmentStatus.STOPPED,
                since);
    }

    private void singles(Client c, int count, int minGap, int maxGap) {
        for (int i = 0; i < count; i++) {
            if (!c.visit(c.lastDay().plusDays(minGap + random.nextInt(maxGap - minGap + 1)), 7, SessionKind.SINGLE, 0)
                    || c.last().status() == SessionStatus.PLANNED) {
                return;
            }
        }
    }

    /** Single sessions after the first consultation: often none, rarely many. */
    private int weightedCount() {
        return weighted(new int[] {40, 20, 14, 10, 7, 5, 4});
    }

    private int weighted(int[] weights) {
        return DemoStatuses.weighted(random, weights);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The story being written for one client. */
    private final class Client {
        private final LocalDate firstContact;
        private final SessionFormat format;
        private final int hour;
        private final int feeSteps;
        private final List<DemoStory.Visit> visits = new ArrayList<>();

        Client(LocalDate firstContact, SessionFormat format, int hour, int feeSteps) {
            this.firstContact = firstContact;
            this.format = format;
            this.hour = hour;
            this.feeSteps = feeSteps;
        }

        /** Books a session near {@code wanted}; false when the diary has no room or it is past the horizon. */
        boolean visit(LocalDate wanted, int searchDays, SessionKind kind, int lesson) {
            LocalDateTime start = diary.book(wanted, hour, searchDays, horizon);
            if (start == null) {
                return false;
            }
            long fee = fee(start.toLocalDate());
            if (!start.toLocalDate().isBefore(today)) {
                visits.add(new DemoStory.Visit(start, kind, SessionStatus.PLANNED, false, fee, false, lesson));
                return true;
            }
            int r = random.nextInt(1000);
            DemoStory.Visit visit;
            if (r < 40) {
                boolean late = random.nextInt(100) < 30;
                visit = new DemoStory.Visit(start, kind, SessionStatus.CANCELLED_BY_CLIENT, late, late ? fee : null,
                        late && random.nextBoolean(), lesson);
            } else if (r < 55) {
                visit = new DemoStory.Visit(start, kind, SessionStatus.CANCELLED_BY_ME, false, null, false, lesson);
            } else if (r < 80) {
                visit = new DemoStory.Visit(start, kind, SessionStatus.NO_SHOW, false, fee, random.nextBoolean(), lesson);
            } else {
                visit = new DemoStory.Visit(start, kind, SessionStatus.DONE, false, fee, random.nextInt(100) < 96,
                        lesson);
            }
            visits.add(visit);
            return true;
        }

        /** Books within a week of {@code wanted}, or the week after, or the one after that. */
        boolean visitSoon(LocalDate wanted, SessionKind kind, int lesson) {
            for (int week = 0; week < 3; week++) {
                if (visit(wanted.plusWeeks(week), 6, kind, lesson)) {
                    return true;
                }
            }
            return false;
        }

        DemoStory.Visit last() {
            return visits.get(visits.size() - 1);
        }

        LocalDate lastDay() {
            return last().start().toLocalDate();
        }

        LocalDate lastLessonDay(LocalDate otherwise) {
            for (int i = visits.size() - 1; i >= 0; i--) {
                if (visits.get(i).status() == SessionStatus.DONE && visits.get(i).lesson() > 0) {
                    return visits.get(i).start().toLocalDate();
                }
            }
            return otherwise;
        }

        /** Her fee rises over the years; clients who came earlier or by arrangement pay a little less. */
        long fee(LocalDate day) {
            int years = (int) ChronoUnit.YEARS.between(from, day);
            return Math.min(feeBase * 2L, feeBase + (long) feeUnit * (years + feeSteps));
        }

        DemoStory finish(DemoStory.Enrolled enrolment) {
            return new DemoStory(format, statuses.of(firstContact, visits, enrolment), enrolment, List.copyOf(visits));
        }
    }
}
