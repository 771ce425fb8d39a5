package org.kabinet.logic.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Session;
import org.kabinet.model.SessionFormat;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Transaction;

/**
 * The years before the demo's three-year diary, written only when a benchmark asks for more sessions
 * than the diary holds: years 4 to {@value #MAX_YEARS} back, spread over the clients who worked with
 * her, most with a few weeks of it and a few with hundreds of sessions over a decade. Each client's
 * sessions are a week or two apart on her own hour, all past, mostly held; they need not fit one
 * diary with the other clients' (a benchmark's volume would not fit one practitioner's days).
 */
final class DemoHistory {

    /** How far back the oldest history may go. */
    static final int MAX_YEARS = 15;
    /** The most sessions one client gets, unless the volume asked for needs more: weekly for twelve years. */
    private static final int CAP = 600;
    /** Tail of the share each client gets (Pareto): most get a little, a few get hundreds. */
    private static final double ALPHA = 1.6;

    private final Random random;
    private final LocalDate today;
    private final LocalDate diaryStart;
    private final int feeBase;
    private final int feeUnit;

    DemoHistory(Random random, DemoLanguage language, LocalDate today) {
        this.random = random;
        this.today = today;
        this.diaryStart = today.minusYears(DemoSessions.YEARS);
        this.feeBase = language == DemoLanguage.RU ? 3000 : 60;
        this.feeUnit = language == DemoLanguage.RU ? 500 : 10;
    }

    /**
     * Each client's older sessions (by the clients' order; empty for most when few are wanted), so
     * that the diary's and these make at least {@code wanted} in all; none when the diary has enough.
     */
    List<List<DemoStory.Visit>> plan(List<DemoStory> stories, int wanted) {
        List<List<DemoStory.Visit>> past = new ArrayList<>(Collections.nCopies(stories.size(), List.of()));
        int extra = wanted - stories.stream().mapToInt(s -> s.visits().size()).sum();
        if (extra <= 0 || stories.isEmpty()) {
            return past;
        }
        List<Integer> worked = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            if (stories.get(i).status() != ClientStatus.ENQUIRY) {
                worked.add(i);
            }
        }
        if (worked.isEmpty()) {
            for (int i = 0; i < stories.size(); i++) {
                worked.add(i);
            }
        }
        int[] counts = allocate(extra, worked.size());
        for (int k = 0; k < worked.size(); k++) {
            if (counts[k] > 0) {
                past.set(worked.get(k), visits(counts[k]));
            }
        }
        return past;
    }

    /** The clients' first contacts, moved back to the first session of their older history where they have one. */
    static List<LocalDate> firstContacts(List<LocalDate> firstContacts, List<List<DemoStory.Visit>> past) {
        List<LocalDate> known = new ArrayList<>(firstContacts);
        for (int i = 0; i < known.size(); i++) {
            if (!past.get(i).isEmpty()) {
                LocalDate first = past.get(i).get(0).start().toLocalDate();
                if (first.isBefore(known.get(i))) {
                    known.set(i, first);
                }
            }
        }
        return known;
    }

    /**
     * Writes a client's older sessions, plans notes for most held ones into {@code notePlan}, and adds
     * the held ones to {@code held} for homework given at them: all of it discussed long since, so
     * that years-old homework never waits on Today's "discuss" list.
     */
    void write(Transaction tx, long clientId, SessionFormat format, List<DemoStory.Visit> visits, DemoNotes notes,
            List<DemoNotes.Planned> notePlan, List<DemoMoreHomework.Held> held) {
        if (visits.isEmpty()) {
            return;
        }
        List<Session> sessions = new ArrayList<>(visits.size());
        for (DemoStory.Visit v : visits) {
            sessions.add(new Session(0, clientId, v.start(), Session.DEFAULT_MINUTES, format, v.kind(), v.status(),
                    v.late(), v.fee(), v.paid(), null, null));
        }
        List<Long> ids = tx.sessions().insertAll(sessions).stream().map(Session::id).toList();
        notes.planForSessions(clientId, visits, ids, notePlan);
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).status() == SessionStatus.DONE) {
                LocalDate day = visits.get(i).start().toLocalDate();
                LocalDate due = i + 1 < visits.size() ? visits.get(i + 1).start().toLocalDate() : day.plusDays(7);
                held.add(new DemoMoreHomework.Held(clientId, ids.get(i), day, due, true, true));
            }
        }
    }

    /** {@code total} sessions shared among {@code clients}: a long tail, none past the cap. */
    private int[] allocate(int total, int clients) {
        double[] weights = new double[clients];
        double sum = 0;
        for (int i = 0; i < clients; i++) {
            weights[i] = Math.pow(1 - random.nextDouble(), -1 / ALPHA);
            sum += weights[i];
        }
        // Room for all of them, whatever the volume: twice the even share.
        int cap = Math.max(CAP, 2 * (int) Math.ceil(total / (double) clients));
        int[] counts = new int[clients];
        long given = 0;
        for (int i = 0; i < clients; i++) {
            counts[i] = (int) Math.min(cap, Math.floor(total * weights[i] / sum));
            given += counts[i];
        }
        while (given < total) {
            int i = random.nextInt(clients);
            if (counts[i] < cap) {
                counts[i]++;
                given++;
            }
        }
        return counts;
    }

    /** One client's {@code count} older sessions in time order, ending some weeks before the diary starts. */
    private List<DemoStory.Visit> visits(int count) {
        int hour = DemoDiary.FIRST_HOUR + random.nextInt(DemoDiary.LAST_HOUR - DemoDiary.FIRST_HOUR + 1);
        int feeSteps = random.nextInt(4);
        LocalDate end = diaryStart.minusDays(1 + random.nextInt(120));
        // Long-term clients come weekly; the others every one to four weeks.
        double meanGap = count > 60 ? 7 + random.nextInt(4) : 7 + random.nextInt(22);
        long[] gaps = new long[Math.max(0, count - 1)];
        long span = 0;
        for (int k = 0; k < gaps.length; k++) {
            long gap = Math.round(meanGap * (0.6 + 0.8 * random.nextDouble()));
            if (random.nextInt(100) < 3) {
                gap += 60 + random.nextInt(300); // a break of months
            }
            gaps[k] = Math.max(2, gap);
            span += gaps[k];
        }
        long room = ChronoUnit.DAYS.between(today.minusYears(MAX_YEARS), end);
        if (span > room) {
            for (int k = 0; k < gaps.length; k++) {
                gaps[k] = Math.max(2, gaps[k] * room / span);
            }
        }
        LocalDate[] days = new LocalDate[count];
        days[count - 1] = end;
        for (int k = count - 2; k >= 0; k--) {
            days[k] = days[k + 1].minusDays(gaps[k]);
        }
        for (int k = 0; k < count; k++) {
            // Gaps of two days or more leave room to move a Sunday to the Saturday before it.
            if (days[k].getDayOfWeek() == DayOfWeek.SUNDAY && (k == 0 || days[k].minusDays(1).isAfter(days[k - 1]))) {
                days[k] = days[k].minusDays(1);
            }
        }
        List<DemoStory.Visit> visits = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            visits.add(visit(days[k], hour, k == 0 ? SessionKind.FIRST : SessionKind.SINGLE, fee(days[k], feeSteps)));
        }
        return visits;
    }

    /** Held mostly; cancelled or missed as often as in the diary. */
    private DemoStory.Visit visit(LocalDate day, int hour, SessionKind kind, long fee) {
        int r = random.nextInt(1000);
        var start = day.atTime(hour, 0);
        if (r < 40) {
            boolean late = random.nextInt(100) < 30;
            return new DemoStory.Visit(start, kind, SessionStatus.CANCELLED_BY_CLIENT, late, late ? fee : null,
                    late && random.nextBoolean(), 0);
        }
        if (r < 55) {
            return new DemoStory.Visit(start, kind, SessionStatus.CANCELLED_BY_ME, false, null, false, 0);
        }
        if (r < 80) {
            return new DemoStory.Visit(start, kind, SessionStatus.NO_SHOW, false, fee, random.nextBoolean(), 0);
        }
        return new DemoStory.Visit(start, kind, SessionStatus.DONE, false, fee, random.nextInt(100) < 96, 0);
    }

    /** Her fee as in the diary, lower the further back (down to half of her first fee in the diary). */
    private long fee(LocalDate day, int feeSteps) {
        int years = (int) ChronoUnit.YEARS.between(diaryStart, day);
        return Math.max(feeBase / 2, Math.min(feeBase * 2L, feeBase + (long) feeUnit * (years + feeSteps)));
    }
}
