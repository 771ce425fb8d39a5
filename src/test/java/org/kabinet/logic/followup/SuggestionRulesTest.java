package org.kabinet.logic.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.Suggestion;
import org.kabinet.model.SuggestionReason;
import org.kabinet.model.SuggestionRule;

/**
 * Every suggestion rule on hand-made facts, on a fixed day (Tuesday 24 November 2026), with its
 * edges: the threshold day itself, a birthday on 29 February, two reasons in one row, consent,
 * "do not contact", dismissals.
 */
class SuggestionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final SuggestionRules rules = new SuggestionRules(FollowUpSettings.DEFAULT);

    private static List<SuggestionRule> rulesOf(Optional<Suggestion> s) {
        return s.map(x -> x.reasons().stream().map(SuggestionReason::rule).toList()).orElse(List.of());
    }

    private List<SuggestionRule> suggested(Facts f) {
        return rulesOf(rules.suggest(f.build(), TODAY));
    }

    // --- active in a program, nothing booked in the next 14 days -----------------------------------

    @Test
    void notBooked_nextSessionExactlyFourteenDaysAhead_noSuggestion() {
        Facts f = new Facts().inProgram(TODAY.minusDays(40), TODAY.minusDays(3));
        f.nextPlanned = TODAY.plusDays(14);

        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void notBooked_nextSessionFifteenDaysAhead_suggestedForToday() {
        Facts f = new Facts().inProgram(TODAY.minusDays(40), TODAY.minusDays(3));
        f.nextPlanned = TODAY.plusDays(15);

        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(rulesOf(Optional.of(s))).containsExactly(SuggestionRule.NOT_BOOKED);
        assertThat(s.due()).isEqualTo(TODAY);
    }

    @Test
    void notBooked_pausedEnrolment_noSuggestion() {
        Facts f = new Facts().inProgram(TODAY.minusDays(40), TODAY.minusDays(3));
        f.programStatus = EnrolmentStatus.PAUSED;

        assertThat(suggested(f)).doesNotContain(SuggestionRule.NOT_BOOKED, SuggestionRule.STALLED);
    }

    // --- stalled: no lesson for 30 days ------------------------------------------------------------

    @Test
    void stalled_exactlyThirtyDaysSinceTheLastLesson_suggestedWithNotBooked() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(30));

        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(rulesOf(Optional.of(s))).containsExactly(SuggestionRule.NOT_BOOKED, SuggestionRule.STALLED);
        SuggestionReason stalled = s.reasons().get(1);
        assertThat(stalled.due()).isEqualTo(TODAY);
        assertThat(stalled.amount()).isEqualTo(30);
        assertThat(stalled.since()).isEqualTo(TODAY.minusDays(30));
    }

    @Test
    void stalled_twentyNineDays_notYet() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(29));

        assertThat(suggested(f)).containsExactly(SuggestionRule.NOT_BOOKED);
    }

    @Test
    void stalled_lessonBooked_notStalled() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(45));
        f.nextPlanned = TODAY.plusDays(2);

        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void stalled_noLessonYet_countsFromEnrolment() {
        Facts f = new Facts().inProgram(TODAY.minusDays(31), null);

        assertThat(suggested(f)).contains(SuggestionRule.STALLED);
    }

    // --- one first consultation, no second session after 14 days -----------------------------------

    private Facts afterFirstConsultation(LocalDate on) {
        Facts f = new Facts();
        f.status = ClientStatus.ENQUIRY;
        f.held = 1;
        f.firstConsultation = on;
        f.lastHeld = on;
        f.firstContact = on.minusDays(3);
        return f;
    }

    @Test
    void noSecondSession_exactlyFourteenDays_suggested() {
        assertThat(suggested(afterFirstConsultation(TODAY.minusDays(14)))).containsExactly(SuggestionRule.NO_SECOND_SESSION);
    }

    @Test
    void noSecondSession_thirteenDays_notYet() {
        assertThat(suggested(afterFirstConsultation(TODAY.minusDays(13)))).isEmpty();
    }

    @Test
    void noSecondSession_sixMonthsOn_lapsedEnquiryNotChased() {
        assertThat(suggested(afterFirstConsultation(TODAY.minusMonths(6)))).doesNotContain(SuggestionRule.NO_SECOND_SESSION);
    }

    @Test
    void noSecondSession_secondSessionPlanned_noSuggestion() {
        Facts f = afterFirstConsultation(TODAY.minusDays(20));
        f.nextPlanned = TODAY.plusDays(30);

        assertThat(suggested(f)).isEmpty();
    }

    // --- program completed or stopped: check-ins after 1, 3 and 6 months ---------------------------

    @Test
    void checkIn_atEachMark_andSettledByAContactAfterIt() {
        LocalDate ended = LocalDate.of(2026, 8, 24);
        Facts f = new Facts().programEnded(EnrolmentStatus.COMPLETED, ended);

        // 24 November is exactly three months on.
        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(rulesOf(Optional.of(s))).containsExactly(SuggestionRule.CHECK_IN);
        assertThat(s.reasons().get(0).amount()).isEqualTo(3);
        assertThat(s.due()).isEqualTo(TODAY);

        f.lastContact = TODAY;
        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void checkIn_dayBeforeTheFirstMark_nothing_thenThirtyDaysFromTheMark() {
        LocalDate ended = TODAY.minusMonths(1).plusDays(1);
        assertThat(suggested(new Facts().programEnded(EnrolmentStatus.STOPPED, ended))).isEmpty();

        // Ended 26 September: the one-month mark, 26 October, was 29 days ago.
        Facts f = new Facts().programEnded(EnrolmentStatus.STOPPED, LocalDate.of(2026, 9, 26));
        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(s.reasons().get(0).amount()).isEqualTo(1);
        assertThat(s.due()).isEqualTo(TODAY.minusDays(29));

        Facts late = new Facts().programEnded(EnrolmentStatus.STOPPED, LocalDate.of(2026, 9, 25));
        assertThat(suggested(late)).as("thirty days after the mark: until the next one").isEmpty();
    }

    @Test
    void checkIn_ninthMonthAfter_theLastMarkHasLapsed() {
        Facts f = new Facts().programEnded(EnrolmentStatus.COMPLETED, TODAY.minusMonths(9));

        assertThat(suggested(f)).doesNotContain(SuggestionRule.CHECK_IN);
    }

    // --- no session for 6 and 12 months ------------------------------------------------------------

    private Facts lastSeen(LocalDate on) {
        Facts f = new Facts();
        f.status = ClientStatus.PAUSED;
        f.held = 4;
        f.lastHeld = on;
        return f;
    }

    @Test
    void lapsed_exactlySixMonths_suggested_twelveMonths_again_eachForThirtyDays() {
        Suggestion six = rules.suggest(lastSeen(TODAY.minusMonths(6)).build(), TODAY).orElseThrow();
        assertThat(six.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(SuggestionRule.LAPSED);
            assertThat(r.amount()).isEqualTo(6);
        });
        assertThat(suggested(lastSeen(TODAY.minusMonths(6).plusDays(1)))).isEmpty();
        Suggestion twelve = rules.suggest(lastSeen(TODAY.minusMonths(12).minusDays(10)).build(), TODAY).orElseThrow();
        assertThat(twelve.reasons().get(0).amount()).isEqualTo(12);
        assertThat(suggested(lastSeen(TODAY.minusMonths(13)))).as("a month after the mark").isEmpty();
        assertThat(suggested(lastSeen(TODAY.minusMonths(18)))).isEmpty();
    }

    @Test
    void lapsed_contactAfterTheMark_settled() {
        Facts f = lastSeen(TODAY.minusMonths(6).minusDays(15));
        f.lastContact = TODAY.minusDays(10);

        assertThat(suggested(f)).isEmpty();
    }

    // --- an enquiry that did not book within 7 days, at most 3 attempts -----------------------------

    private Facts enquiry(LocalDate on) {
        Facts f = new Facts();
        f.status = ClientStatus.ENQUIRY;
        f.firstContact = on;
        return f;
    }

    @Test
    void enquiry_exactlySevenDays_firstCall() {
        Suggestion s = rules.suggest(enquiry(TODAY.minusDays(7)).build(), TODAY).orElseThrow();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(SuggestionRule.ENQUIRY_NOT_BOOKED);
            assertThat(r.amount()).isEqualTo(1);
        });
        assertThat(suggested(enquiry(TODAY.minusDays(6)))).isEmpty();
    }

    @Test
    void enquiry_afterAnUnansweredCall_nextAttemptSevenDaysLater_andNoneAfterThree() {
        Facts f = enquiry(TODAY.minusDays(20));
        f.outgoing = 1;
        f.lastContact = TODAY.minusDays(3);
        assertThat(suggested(f)).isEmpty();

        f.lastContact = TODAY.minusDays(7);
        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(s.reasons().get(0).amount()).isEqualTo(2);

        f.outgoing = 3;
        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void enquiry_twoMonthsOn_notChasedAnyMore() {
        assertThat(suggested(enquiry(TODAY.minusDays(59)))).containsExactly(SuggestionRule.ENQUIRY_NOT_BOOKED);
        assertThat(suggested(enquiry(TODAY.minusDays(SuggestionRules.ENQUIRY_CHASE_DAYS)))).isEmpty();
    }

    @Test
    void enquiry_attemptsAreASetting() {
        Facts f = enquiry(TODAY.minusDays(30));
        f.outgoing = 3;
        f.lastContact = TODAY.minusDays(8);
        SuggestionRules five = new SuggestionRules(FollowUpSettings.DEFAULT.with(SuggestionRule.ENQUIRY_NOT_BOOKED,
                new RuleSetting(true, List.of(7, 5))));

        assertThat(rulesOf(five.suggest(f.build(), TODAY))).containsExactly(SuggestionRule.ENQUIRY_NOT_BOOKED);
    }

    // --- birthday within the next 7 days, for clients who agreed to greetings ------------------------

    @Test
    void birthday_inSevenDays_suggested_inEight_not_today_yes() {
        Facts f = new Facts();
        f.birthDate = LocalDate.of(1981, 12, 1);
        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(s.reasons()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(SuggestionRule.BIRTHDAY);
            assertThat(r.due()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(r.amount()).isEqualTo(45);
        });

        f.birthDate = LocalDate.of(1981, 12, 2);
        assertThat(suggested(f)).isEmpty();
        f.birthDate = LocalDate.of(1981, 11, 24);
        assertThat(suggested(f)).containsExactly(SuggestionRule.BIRTHDAY);
        f.birthDate = LocalDate.of(1981, 11, 23);
        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void birthday_twentyNinthOfFebruary_keptOnTheTwentyEighthInOtherYears() {
        Facts f = new Facts();
        f.birthDate = LocalDate.of(1988, 2, 29);

        Suggestion s = rules.suggest(f.build(), LocalDate.of(2027, 2, 23)).orElseThrow();
        assertThat(s.due()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rulesOf(rules.suggest(f.build(), LocalDate.of(2028, 2, 23)))).containsExactly(SuggestionRule.BIRTHDAY);
        assertThat(rules.suggest(f.build(), LocalDate.of(2028, 2, 23)).orElseThrow().due())
                .isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rules.suggest(f.build(), LocalDate.of(2027, 3, 1))).isEmpty();
    }

    @Test
    void birthday_acrossTheNewYear() {
        Facts f = new Facts();
        f.birthDate = LocalDate.of(1990, 1, 2);

        assertThat(rules.suggest(f.build(), LocalDate.of(2026, 12, 28)).orElseThrow().due())
                .isEqualTo(LocalDate.of(2027, 1, 2));
    }

    @Test
    void birthday_withoutConsentToGreetings_notSuggested() {
        Facts f = new Facts();
        f.birthDate = LocalDate.of(1981, 11, 27);
        f.consents = new Consents(LocalDate.of(2025, 1, 1), true, false, false);

        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void stalledAndBirthday_oneRowWithBothReasons() {
        Facts f = new Facts().inProgram(TODAY.minusDays(100), TODAY.minusDays(35));
        f.birthDate = LocalDate.of(1979, 11, 27);

        Suggestion s = rules.suggest(f.build(), TODAY).orElseThrow();
        assertThat(rulesOf(Optional.of(s))).containsExactly(SuggestionRule.NOT_BOOKED, SuggestionRule.STALLED,
                SuggestionRule.BIRTHDAY);
        assertThat(s.due()).isEqualTo(TODAY.minusDays(5));
    }

    // --- homework with no session planned to review it ---------------------------------------------

    @Test
    void homework_sevenDaysOnWithNothingPlanned_suggested_untilStale() {
        Facts f = new Facts();
        f.openHomework = TODAY.minusDays(7);
        f.openHomeworkId = 42;
        f.lastHeld = TODAY.minusDays(7);
        f.held = 2;
        assertThat(suggested(f)).containsExactly(SuggestionRule.HOMEWORK_UNREVIEWED);

        f.nextPlanned = TODAY.plusDays(3);
        assertThat(suggested(f)).isEmpty();

        f.nextPlanned = null;
        f.openHomework = TODAY.minusDays(SuggestionRules.HOMEWORK_STALE_DAYS);
        assertThat(suggested(f)).doesNotContain(SuggestionRule.HOMEWORK_UNREVIEWED);
    }

    @Test
    void contactOnOrAfterTheDueDay_settlesTheReason_anEarlierOneDoesNot() {
        Facts stalled = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(40));
        stalled.nextPlanned = null;
        // Stalled since 14 November (30 days after the last lesson).
        stalled.lastContact = TODAY.minusDays(20);
        assertThat(suggested(stalled)).containsExactly(SuggestionRule.NOT_BOOKED, SuggestionRule.STALLED);
        stalled.lastContact = TODAY.minusDays(12);
        assertThat(suggested(stalled)).as("a call in the last 14 days answers 'nothing booked', not the stall")
                .containsExactly(SuggestionRule.STALLED);
        stalled.lastContact = TODAY.minusDays(10);
        assertThat(suggested(stalled)).isEmpty();

        Facts first = afterFirstConsultation(TODAY.minusDays(30));
        first.lastContact = TODAY.minusDays(17);
        assertThat(suggested(first)).containsExactly(SuggestionRule.NO_SECOND_SESSION);
        first.lastContact = TODAY.minusDays(16);
        assertThat(suggested(first)).as("called on the day it became due").isEmpty();
    }

    @Test
    void birthdayGreeted_onTheDay_settled() {
        Facts f = new Facts();
        f.birthDate = LocalDate.of(1981, 11, 24);
        f.lastContact = TODAY;

        assertThat(suggested(f)).isEmpty();
    }

    // --- consent, do not contact, archived, already planned -----------------------------------------

    @Test
    void doNotContact_neverSuggested() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(40));
        f.birthDate = LocalDate.of(1979, 11, 27);
        f.consents = new Consents(LocalDate.of(2025, 1, 1), true, true, true);

        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void noConsentToBeContacted_neverSuggested() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(40));
        f.consents = new Consents(LocalDate.of(2025, 1, 1), false, true, false);

        assertThat(suggested(f)).isEmpty();
    }

    @Test
    void archivedOrAlreadyPlanned_neverSuggested() {
        Facts archived = lastSeen(TODAY.minusMonths(6));
        archived.status = ClientStatus.ARCHIVED;
        Facts planned = lastSeen(TODAY.minusMonths(6));
        planned.followUpPlanned = true;

        assertThat(suggested(archived)).isEmpty();
        assertThat(suggested(planned)).isEmpty();
    }

    @Test
    void ruleSwitchedOff_notSuggested_thresholdChanged_followed() {
        Facts f = new Facts().inProgram(TODAY.minusDays(90), TODAY.minusDays(20));
        f.nextPlanned = TODAY.plusDays(20);
        SuggestionRules off = new SuggestionRules(FollowUpSettings.DEFAULT.with(SuggestionRule.NOT_BOOKED,
                new RuleSetting(false, List.of(14))));
        SuggestionRules threeWeeks = new SuggestionRules(FollowUpSettings.DEFAULT.with(SuggestionRule.NOT_BOOKED,
                new RuleSetting(true, List.of(21))));

        assertThat(suggested(f)).containsExactly(SuggestionRule.NOT_BOOKED);
        assertThat(rulesOf(off.suggest(f.build(), TODAY))).isEmpty();
        assertThat(rulesOf(threeWeeks.suggest(f.build(), TODAY))).isEmpty();
    }

    // --- dismissed suggestions ------------------------------------------------------------------------

    @Test
    void dismissed_staysAwayUntilSomethingNewHappens() {
        Facts f = lastSeen(TODAY.minusMonths(6));
        SuggestionReason reason = rules.suggest(f.build(), TODAY).orElseThrow().reasons().get(0);
        Instant dismissedAt = Instant.parse("2026-11-24T09:00:00Z");
        f.dismissed(reason.rule(), reason.occasion(), dismissedAt);

        assertThat(suggested(f)).isEmpty();
        assertThat(rulesOf(rules.suggest(f.build(), TODAY.plusDays(20)))).as("the same occasion, weeks later")
                .isEmpty();

        f.lastActivity = dismissedAt.plusSeconds(60);
        assertThat(suggested(f)).as("something new happened").containsExactly(SuggestionRule.LAPSED);
    }

    @Test
    void dismissed_oneOccasion_theNextOccasionComesBack() {
        Facts f = lastSeen(TODAY.minusMonths(6));
        SuggestionReason six = rules.suggest(f.build(), TODAY).orElseThrow().reasons().get(0);
        f.dismissed(six.rule(), six.occasion(), Instant.parse("2026-11-24T09:00:00Z"));

        LocalDate later = TODAY.plusMonths(6);
        Suggestion twelve = rules.suggest(f.build(), later).orElseThrow();
        assertThat(twelve.reasons().get(0).amount()).isEqualTo(12);
    }
}
