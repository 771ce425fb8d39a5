package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.logic.followup.Plan;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Contact;
import org.kabinet.model.ContactOutcome;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.Session;
import org.kabinet.testutil.TestClock;

/**
 * The demo's contact log and planned calls: around bookings, enquiries called back, calls planned
 * for every part of the planner, in the demo's language, the same for the same seed.
 */
class DemoContactsTest {

    @TempDir
    Path folder;

    private record Written(List<Contact> contacts, List<FollowUp> followUps, Map<Long, Client> clients,
            List<Session> sessions, DemoPractice.Written counts, Plan plan) {
    }

    private Written write(String name, DemoLanguage language, long seed) throws Exception {
        Path file = folder.resolve(name);
        DemoPractice.Written counts = DemoFile.write(file, language, 300, 0, seed, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<Contact> contacts = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            List<Session> sessions = new ArrayList<>();
            List<Client> clients = new ArrayList<>();
            for (ClientSummary c : practice.clients().list()) {
                contacts.addAll(practice.followUps().contacts(c.id()));
                followUps.addAll(practice.followUps().followUps(c.id()));
                sessions.addAll(practice.sessions().forClient(c.id()));
                clients.add(practice.clients().load(c.id()).orElseThrow());
            }
            return new Written(contacts, followUps,
                    clients.stream().collect(Collectors.toMap(Client::id, Function.identity())), sessions, counts,
                    practice.followUps().plan(TestClock.TODAY));
        }
    }

    @Test
    void demo_writesAContactLogAroundBookingsAndEnquiries_neverInTheFuture() throws Exception {
        Written w = write("ru.db", DemoLanguage.RU, 7);

        assertThat(w.contacts()).hasSize(w.counts().contacts());
        assertThat(w.followUps()).hasSize(w.counts().followUps());
        assertThat(w.contacts().size()).isBetween(300, 900);
        LocalDateTime now = LocalDateTime.now(TestClock.FIXED).plusDays(1).toLocalDate().atStartOfDay();
        assertThat(w.contacts()).allMatch(c -> c.at().isBefore(now));
        assertThat(w.contacts()).extracting(Contact::outcome)
                .contains(ContactOutcome.BOOKED, ContactOutcome.NO_ANSWER, ContactOutcome.TALKED,
                        ContactOutcome.CALL_LATER);
        assertThat(w.contacts()).anyMatch(c -> c.purpose().equals("Ответ на обращение"))
                .anyMatch(c -> c.purpose().equals("Запись на сессию"));
        long clientsWithSessions = w.sessions().stream().map(Session::clientId).distinct().count();
        long logged = w.contacts().stream().map(Contact::clientId).distinct().count();
        assertThat((double) logged / clientsWithSessions).isGreaterThan(0.5);
        // A call that settled a planned one belongs to a done follow-up of the same client.
        Map<Long, FollowUp> byId = w.followUps().stream().collect(Collectors.toMap(FollowUp::id, Function.identity()));
        assertThat(w.contacts().stream().filter(c -> c.followUpId() != null)).isNotEmpty().allSatisfy(c -> {
            assertThat(byId.get(c.followUpId()).status()).isEqualTo(FollowUpStatus.DONE);
            assertThat(byId.get(c.followUpId()).clientId()).isEqualTo(c.clientId());
        });
    }

    @Test
    void demo_plansCallsForEveryPartOfThePlanner_onlyForClientsWhoMayBeCalled() throws Exception {
        Written w = write("ru.db", DemoLanguage.RU, 7);

        assertThat(w.followUps()).extracting(FollowUp::status).contains(FollowUpStatus.PLANNED, FollowUpStatus.DONE,
                FollowUpStatus.POSTPONED);
        List<FollowUp> open = w.followUps().stream().filter(f -> f.status().isOpen()).toList();
        assertThat(open).anyMatch(f -> f.due().isBefore(TestClock.TODAY))
                .anyMatch(f -> f.due().equals(TestClock.TODAY))
                .anyMatch(f -> f.due().isAfter(TestClock.TODAY));
        assertThat(open).allMatch(f -> w.clients().get(f.clientId()).consents().mayContact());
        assertThat(w.followUps()).allMatch(f -> f.rule() != null || f.reason().matches(".*[а-я].*"));
        assertThat(w.plan().overdue()).anyMatch(r -> !r.isSuggestion());
        assertThat(w.plan().today()).anyMatch(r -> !r.isSuggestion());
    }

    @Test
    void demo_sameSeed_sameContacts_englishInEnglish() throws Exception {
        Written first = write("a.db", DemoLanguage.EN, 3);
        Written again = write("b.db", DemoLanguage.EN, 3);

        assertThat(again.contacts()).isEqualTo(first.contacts());
        assertThat(again.followUps()).isEqualTo(first.followUps());
        assertThat(first.contacts()).allMatch(c -> !c.purpose().matches(".*[а-яА-Я].*"));
    }
}
