package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.followup.FollowUpService;
import org.kabinet.logic.followup.LogContact;
import org.kabinet.logic.followup.Plan;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.model.Channel;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Consents;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactDirection;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.Enrolment;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpSettings;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.RuleSetting;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SuggestionRule;
import org.kabinet.testutil.MovableClock;
import org.kabinet.testutil.TestClock;

/**
 * The planner from a real file: planned calls and the rules' suggestions in four groups; logging a
 * call with a booking and the next call in one transaction; dismissing; the rules' settings.
 */
class FollowUpServiceTest {

    private static final LocalDate TODAY = TestClock.TODAY;

    @TempDir
    Path dir;

    private ProgramFixture f;
    private FollowUpService followUps;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
        followUps = new FollowUpService(f.db, TestClock.FIXED, f.sessions);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Olga in the Base, her last lesson 35 days ago and nothing booked: stalled. */
    private Client stalledOlga() {
        Client olga = f.olga();
        Enrolment e = f.enrolInBase(olga, LocalDateTime.of(2026, 8, 1, 10, 0));
        f.doneLessons(e, 3, TODAY.minusDays(49).atTime(11, 0));
        return olga;
    }

    private static List<Long> ids(List<PlanRow> rows) {
        return rows.stream().map(r -> r.client().id()).toList();
    }

    @Test
    void plan_plannedCallsAndSuggestions_inTheirGroups() {
        Client olga = stalledOlga();
        Client anna = f.client("Анна");
        Client vera = f.client("Вера");
        Client nina = f.client("Нина");
        followUps.plan(FollowUp.planned(anna.id(), TODAY.minusDays(2), null, "Спросить про отпуск"));
        followUps.plan(FollowUp.planned(vera.id(), TODAY, null, "Перенести сессию"));
        followUps.plan(FollowUp.planned(nina.id(), TODAY.plusDays(30), null, "Через месяц"));

        Plan plan = followUps.plan(TODAY);

        // Overdue: the call she planned and let slip; a suggestion is news today.
        assertThat(ids(plan.overdue())).containsExactly(anna.id());
        assertThat(ids(plan.today())).containsExactly(vera.id(), olga.id());
        assertThat(ids(plan.later())).containsExactly(nina.id());
        assertThat(plan.due()).isEqualTo(3);
        PlanRow stalled = plan.today().get(1);
        assertThat(stalled.isSuggestion()).isTrue();
        assertThat(stalled.reasons()).extracting(r -> r.rule())
                .containsExactly(SuggestionRule.NOT_BOOKED, SuggestionRule.STALLED);
        assertThat(stalled.preferred()).isEqualTo(Channel.MESSAGE);
        assertThat(stalled.client().progress()).isNotNull();
    }

    @Test
    void plan_doNotContact_leavesTheSuggestionsOut() {
        Client olga = stalledOlga();
        Consents c = olga.consents();
        f.clients.save(ClientBuilder.from(olga).consents(new Consents(c.dataProcessingDate(), c.sessionMessages(),
                c.birthdayGreetings(), true)).build());

        assertThat(followUps.plan(TODAY).isEmpty()).isTrue();
    }

    @Test
    void log_withABookingAndTheNextCall_allSavedTogether() {
        Client olga = stalledOlga();
        PlanRow row = followUps.plan(TODAY).today().get(0);
        Session booked = Session.planned(olga.id(), TODAY.plusDays(2).atTime(11, 0), SessionKind.SINGLE);
        FollowUp next = FollowUp.planned(olga.id(), TODAY.plusDays(60), SuggestionRule.CHECK_IN, "");

        followUps.log(new LogContact(new Contact(0, olga.id(), TODAY.atTime(9, 30), Channel.CALL,
                ContactDirection.OUTGOING, "Урок 4", ContactOutcome.BOOKED, "Рада вернуться", null),
                row.reasons(), booked, Set.of(), next));

        assertThat(followUps.contacts(olga.id())).singleElement()
                .satisfies(c -> assertThat(c.outcome()).isEqualTo(ContactOutcome.BOOKED));
        assertThat(f.sessions.forClient(olga.id())).anyMatch(s -> s.status() == SessionStatus.PLANNED
                && s.start().equals(TODAY.plusDays(2).atTime(11, 0)));
        assertThat(followUps.followUps(olga.id())).singleElement()
                .satisfies(fu -> assertThat(fu.due()).isEqualTo(TODAY.plusDays(60)));
        // Booked, and a call planned: no suggestion any more, the planned call comes later.
        Plan plan = followUps.plan(TODAY);
        assertThat(plan.today()).isEmpty();
        assertThat(ids(plan.later())).containsExactly(olga.id());
    }

    @Test
    void log_plannedCall_isDone() {
        Client anna = f.client("Анна");
        FollowUp call = followUps.plan(FollowUp.planned(anna.id(), TODAY, null, "Спросить про сон"));

        followUps.log(LogContact.of(new Contact(0, anna.id(), TODAY.atTime(10, 0), Channel.CALL,
                ContactDirection.OUTGOING, "", ContactOutcome.TALKED, "", call.id())));

        assertThat(followUps.followUps(anna.id())).singleElement()
                .satisfies(fu -> assertThat(fu.status()).isEqualTo(FollowUpStatus.DONE));
        assertThat(followUps.plan(TODAY).isEmpty()).isTrue();
    }

    @Test
    void log_bookingThatOverlaps_refused_andNothingSaved() {
        Client olga = stalledOlga();
        Client anna = f.client("Анна");
        f.save(Session.planned(anna.id(), TODAY.plusDays(2).atTime(11, 0), SessionKind.SINGLE));
        Session clash = Session.planned(olga.id(), TODAY.plusDays(2).atTime(11, 30), SessionKind.SINGLE);

        assertThatThrownBy(() -> followUps.log(new LogContact(new Contact(0, olga.id(), TODAY.atTime(9, 30),
                Channel.CALL, ContactDirection.OUTGOING, "", ContactOutcome.BOOKED, "", null), List.of(), clash,
                Set.of(), null))).isInstanceOf(UnconfirmedWarningsException.class);

        assertThat(followUps.contacts(olga.id())).isEmpty();
        assertThat(f.sessions.forClient(olga.id())).noneMatch(s -> s.status() == SessionStatus.PLANNED);
    }

    @Test
    void log_askedNotToBeContacted_marksTheCard() {
        Client olga = stalledOlga();

        followUps.log(LogContact.of(new Contact(0, olga.id(), TODAY.atTime(9, 0), Channel.CALL,
                ContactDirection.OUTGOING, "", ContactOutcome.DO_NOT_CONTACT, "", null)));

        assertThat(f.clients.load(olga.id()).orElseThrow().consents().doNotContact()).isTrue();
        assertThat(followUps.plan(TODAY).isEmpty()).isTrue();
    }

    @Test
    void dismiss_goneUntilSomethingNewHappens() throws Exception {
        MovableClock clock = new MovableClock();
        f.close();
        f = new ProgramFixture(dir.resolve("moving"), clock);
        followUps = new FollowUpService(f.db, clock, f.sessions);
        Client olga = stalledOlga();
        PlanRow row = followUps.plan(TODAY).today().get(0);

        followUps.dismiss(olga.id(), row.reasons());
        assertThat(followUps.plan(TODAY).isEmpty()).isTrue();

        clock.advance(java.time.Duration.ofHours(1));
        f.save(Session.planned(olga.id(), TODAY.minusDays(1).atTime(15, 0), SessionKind.SINGLE)
                .withStatus(SessionStatus.CANCELLED_BY_CLIENT));
        assertThat(ids(followUps.plan(TODAY).today())).containsExactly(olga.id());
    }

    @Test
    void postpone_suggestionBecomesACallOnThatDay() {
        Client olga = stalledOlga();
        PlanRow row = followUps.plan(TODAY).today().get(0);

        followUps.postpone(olga.id(), row.reasons(), TODAY.plusDays(1));

        Plan plan = followUps.plan(TODAY);
        assertThat(plan.today()).isEmpty();
        assertThat(ids(plan.thisWeek())).containsExactly(olga.id());
        assertThat(plan.thisWeek().get(0).followUp().status()).isEqualTo(FollowUpStatus.POSTPONED);
    }

    @Test
    void settings_savedAndReadBack_defaultsForTheRest() {
        FollowUpSettings changed = FollowUpSettings.DEFAULT
                .with(SuggestionRule.STALLED, new RuleSetting(false, List.of(45)))
                .with(SuggestionRule.CHECK_IN, new RuleSetting(true, List.of(2, 4, 12)));

        followUps.saveSettings(changed);

        assertThat(followUps.settings()).isEqualTo(changed);
        assertThat(followUps.settings().of(SuggestionRule.BIRTHDAY)).isEqualTo(new RuleSetting(true, List.of(7)));
    }

    @Test
    void plan_missingReason_refused() {
        Client anna = f.client("Анна");

        assertThatThrownBy(() -> followUps.plan(FollowUp.planned(anna.id(), TODAY, null, " ")))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("followUp.error.reason"));
    }
}
