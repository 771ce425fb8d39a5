package org.kabinet.logic.followup;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Dismissal;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpFacts;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.Suggestion;
import org.kabinet.model.SuggestionReason;
import org.kabinet.model.SuggestionRule;

/**
 * The rules that suggest whom to call, applied to one client's facts on one day. Plain
 * arithmetic on dates, so every edge can be tested with a fixed clock.
 *
 * <p>Never suggested: an archived client, a client marked "do not contact" or without consent to
 * be contacted about sessions, and a client she has already planned a call to. A reason she
 * dismissed stays away until something new happens for the client (see
 * {@link FollowUpFacts#lastActivity()}). Time-based reasons (check-ins, lapsed clients) come at
 * their mark and stay for {@link #MARK_WINDOW_DAYS} days or until the next mark (a contact or a
 * session after the mark settles them), so that the planner brings a steady few each week rather
 * than every client of an old base at once; after {@link #ARCHIVE_MONTHS} months without a session
 * a client is an archiving candidate, not a call.
 */
public final class SuggestionRules {

    /** Months without contact after which the base suggests archiving rather than calling. */
    public static final int ARCHIVE_MONTHS = 18;
    /** Months after a first consultation after which an enquiry counts as lapsed, not to chase. */
    static final int ENQUIRY_LAPSES_MONTHS = 6;
    /**
     * Days after the first contact during which an enquiry that never came is called back: the
     * attempts are a few days apart, and a person who did not answer for two months is not
     * chased further.
     */
    static final int ENQUIRY_CHASE_DAYS = 60;
    /** Days after which unreviewed homework is too old to call about. */
    static final int HOMEWORK_STALE_DAYS = 90;
    /** How long the last check-in waits before it lapses, in months. */
    static final int LAST_CHECK_IN_WINDOW_MONTHS = 3;
    /** How many days a check-in or a lapsed client stays suggested after its mark. */
    public static final int MARK_WINDOW_DAYS = 30;

    private final FollowUpSettings settings;

    public SuggestionRules(FollowUpSettings settings) {
        this.settings = settings;
    }

    /** The suggestion for this client today, with all its reasons; empty when there is none. */
    public Optional<Suggestion> suggest(FollowUpFacts f, LocalDate today) {
        if (f.status() == ClientStatus.ARCHIVED || !f.consents().mayContact() || f.followUpPlanned()) {
            return Optional.empty();
        }
        List<SuggestionReason> reasons = new ArrayList<>();
        for (SuggestionRule rule : SuggestionRule.values()) {
            if (settings.enabled(rule)) {
                reason(rule, f, today).filter(r -> !dismissed(r, f) && !settledByContact(r, f)).ifPresent(reasons::add);
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(new Suggestion(f.clientId(), reasons));
    }

    /**
     * A contact logged on or after the day a reason became due answers it: she has talked to the
     * client about it. "Nothing booked" asks again once the rule's days have passed since; an
     * enquiry counts its calls instead (see {@link #enquiryNotBooked}).
     */
    private boolean settledByContact(SuggestionReason r, FollowUpFacts f) {
        if (f.lastContact() == null || r.rule() == SuggestionRule.ENQUIRY_NOT_BOOKED) {
            return false;
        }
        LocalDate from = r.rule() == SuggestionRule.NOT_BOOKED
                ? r.due().minusDays(n(SuggestionRule.NOT_BOOKED, 0)) : r.due();
        return !f.lastContact().isBefore(from);
    }

    private static boolean dismissed(SuggestionReason r, FollowUpFacts f) {
        for (Dismissal d : f.dismissals()) {
            boolean nothingSince = f.lastActivity() == null || !f.lastActivity().isAfter(d.at());
            if (d.rule() == r.rule() && d.occasion().equals(r.occasion()) && nothingSince) {
                return true;
            }
        }
        return false;
    }

    private Optional<SuggestionReason> reason(SuggestionRule rule, FollowUpFacts f, LocalDate today) {
        return switch (rule) {
            case NOT_BOOKED -> notBooked(f, today);
            case STALLED -> stalled(f, today);
            case NO_SECOND_SESSION -> noSecondSession(f, today);
            case CHECK_IN -> checkIn(f, today);
            case LAPSED -> lapsed(f, today);
            case ENQUIRY_NOT_BOOKED -> enquiryNotBooked(f, today);
            case BIRTHDAY -> birthday(f, today);
            case HOMEWORK_UNREVIEWED -> homeworkUnreviewed(f, today);
        };
    }

    private int n(SuggestionRule rule, int i) {
        return settings.threshold(rule, i);
    }

    /** Active in a program and nothing booked within the next N days (a booking on day N counts). */
    private Optional<SuggestionReason> notBooked(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.NOT_BOOKED, 0);
        if (f.programStatus() != EnrolmentStatus.ACTIVE
                || (f.nextPlanned() != null && !f.nextPlanned().isAfter(today.plusDays(days)))) {
            return Optional.empty();
        }
        LocalDate since = f.lastLesson() != null ? f.lastLesson() : f.programSince();
        return Optional.of(new SuggestionReason(SuggestionRule.NOT_BOOKED, today, since, days,
                String.valueOf(f.lastHeld())));
    }

    /** Active in a program, nothing planned, and no lesson for N days or more. */
    private Optional<SuggestionReason> stalled(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.STALLED, 0);
        if (f.programStatus() != EnrolmentStatus.ACTIVE || f.nextPlanned() != null) {
            return Optional.empty();
        }
        LocalDate since = f.lastLesson() != null ? f.lastLesson() : f.enrolledOn();
        if (since == null || today.isBefore(since.plusDays(days))) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionReason(SuggestionRule.STALLED, since.plusDays(days), since,
                (int) ChronoUnit.DAYS.between(since, today), String.valueOf(since)));
    }

    /** One first consultation held, nothing since or planned, after N days (until it has lapsed). */
    private Optional<SuggestionReason> noSecondSession(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.NO_SECOND_SESSION, 0);
        LocalDate first = f.firstConsultation();
        boolean stillOpen = f.status() == ClientStatus.ENQUIRY || f.status() == ClientStatus.ACTIVE;
        if (f.held() != 1 || first == null || f.nextPlanned() != null || !stillOpen
                || today.isBefore(first.plusDays(days)) || !today.isBefore(first.plusMonths(ENQUIRY_LAPSES_MONTHS))) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionReason(SuggestionRule.NO_SECOND_SESSION, first.plusDays(days), first,
                (int) ChronoUnit.DAYS.between(first, today), String.valueOf(first)));
    }

    /** Program completed or stopped: a check-in at each mark (1, 3, 6 months), until the next mark. */
    private Optional<SuggestionReason> checkIn(FollowUpFacts f, LocalDate today) {
        boolean ended = f.programStatus() == EnrolmentStatus.COMPLETED || f.programStatus() == EnrolmentStatus.STOPPED;
        if (!ended || f.programSince() == null) {
            return Optional.empty();
        }
        return atMark(SuggestionRule.CHECK_IN, f.programSince(), f.programSince(), LAST_CHECK_IN_WINDOW_MONTHS, f,
                today);
    }

    /** No session for 6, then 12 months: at each mark until the next, the last until archiving. */
    private Optional<SuggestionReason> lapsed(FollowUpFacts f, LocalDate today) {
        if (f.lastHeld() == null || f.nextPlanned() != null || f.programStatus() == EnrolmentStatus.ACTIVE) {
            return Optional.empty();
        }
        RuleMarks marks = marks(SuggestionRule.LAPSED);
        int lastWindow = Math.max(1, ARCHIVE_MONTHS - marks.last());
        return atMark(SuggestionRule.LAPSED, f.lastHeld(), f.lastHeld(), lastWindow, f, today);
    }

    /**
     * The mark (from {@code from}, after each number of months the rule names) that {@code today}
     * falls in, unless a contact or a session after it settled it.
     */
    private Optional<SuggestionReason> atMark(SuggestionRule rule, LocalDate from, LocalDate since, int lastWindowMonths,
            FollowUpFacts f, LocalDate today) {
        RuleMarks marks = marks(rule);
        for (int i = marks.months().size() - 1; i >= 0; i--) {
            int months = marks.months().get(i);
            LocalDate mark = from.plusMonths(months);
            LocalDate next = i + 1 < marks.months().size() ? from.plusMonths(marks.months().get(i + 1))
                    : mark.plusMonths(lastWindowMonths);
            LocalDate windowEnd = mark.plusDays(MARK_WINDOW_DAYS);
            LocalDate until = next.isBefore(windowEnd) ? next : windowEnd;
            if (!today.isBefore(mark) && today.isBefore(until)) {
                boolean settled = (f.lastContact() != null && !f.lastContact().isBefore(mark))
                        || (f.lastHeld() != null && f.lastHeld().isAfter(from) && !f.lastHeld().isBefore(mark));
                return settled ? Optional.empty()
                        : Optional.of(new SuggestionReason(rule, mark, since, months, months + "m@" + from));
            }
        }
        return Optional.empty();
    }

    private record RuleMarks(List<Integer> months) {
        int last() {
            return months.get(months.size() - 1);
        }
    }

    private RuleMarks marks(SuggestionRule rule) {
        List<Integer> months = new ArrayList<>(settings.of(rule).thresholds());
        months.removeIf(m -> m <= 0);
        months.sort(null);
        return new RuleMarks(months.isEmpty() ? rule.defaults() : months);
    }

    /** An enquiry with no session that was not booked within N days: at most M calls, N days apart. */
    private Optional<SuggestionReason> enquiryNotBooked(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.ENQUIRY_NOT_BOOKED, 0);
        int attempts = n(SuggestionRule.ENQUIRY_NOT_BOOKED, 1);
        LocalDate first = f.firstContact();
        if (f.status() != ClientStatus.ENQUIRY || f.held() > 0 || f.nextPlanned() != null || first == null
                || f.outgoingContacts() >= attempts || !today.isBefore(first.plusDays(ENQUIRY_CHASE_DAYS))) {
            return Optional.empty();
        }
        LocalDate from = f.lastContact() != null && f.lastContact().isAfter(first) ? f.lastContact() : first;
        if (today.isBefore(from.plusDays(days))) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionReason(SuggestionRule.ENQUIRY_NOT_BOOKED, from.plusDays(days), first,
                f.outgoingContacts() + 1, "attempt" + (f.outgoingContacts() + 1)));
    }

    /** A birthday within the next N days (today included), for clients who agreed to greetings. */
    private Optional<SuggestionReason> birthday(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.BIRTHDAY, 0);
        if (f.birthDate() == null || !f.consents().mayGreet()) {
            return Optional.empty();
        }
        LocalDate next = birthdayIn(f.birthDate(), today.getYear());
        if (next.isBefore(today)) {
            next = birthdayIn(f.birthDate(), today.getYear() + 1);
        }
        if (next.isAfter(today.plusDays(days))) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionReason(SuggestionRule.BIRTHDAY, next, next,
                next.getYear() - f.birthDate().getYear(), String.valueOf(next.getYear())));
    }

    /** The birthday in a given year: 29 February is kept on 28 February in other years. */
    static LocalDate birthdayIn(LocalDate birthDate, int year) {
        MonthDay day = MonthDay.from(birthDate);
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /** Homework given N days ago or more, still to talk over, and no session planned to do it. */
    private Optional<SuggestionReason> homeworkUnreviewed(FollowUpFacts f, LocalDate today) {
        int days = n(SuggestionRule.HOMEWORK_UNREVIEWED, 0);
        LocalDate given = f.openHomework();
        if (given == null || f.nextPlanned() != null || today.isBefore(given.plusDays(days))
                || !today.isBefore(given.plusDays(HOMEWORK_STALE_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(new SuggestionReason(SuggestionRule.HOMEWORK_UNREVIEWED, given.plusDays(days), given,
                (int) ChronoUnit.DAYS.between(given, today), "homework" + f.openHomeworkId()));
    }
}
