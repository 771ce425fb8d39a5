package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.ClientValidator;
import org.kabinet.model.Sex;
import org.kabinet.testutil.TestClock;

/** The demo practice: realistic, valid, and the same for the same seed. */
class DemoPracticeTest {

    @TempDir
    Path folder;

    private List<Client> write(String name, long seed, DemoLanguage language, int clients) throws Exception {
        Path file = folder.resolve(name);
        assertThat(DemoFile.write(file, language, clients, seed, TestClock.FIXED)).isEqualTo(clients);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            assertThat(practice.isDemo()).isTrue();
            return practice.clients().list().stream()
                    .map(s -> practice.clients().load(s.id()).orElseThrow()).toList();
        }
    }

    @Test
    void sameSeed_writesTheSamePractice_otherSeedAnother() throws Exception {
        List<Client> first = write("a.db", 7, DemoLanguage.RU, 120);
        List<Client> again = write("b.db", 7, DemoLanguage.RU, 120);
        List<Client> other = write("c.db", 8, DemoLanguage.RU, 120);
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void threeHundredClients_areAllValid_andLookLikeAPractice() throws Exception {
        List<Client> clients = write("k.db", 7, DemoLanguage.RU, 300);
        assertThat(clients).hasSize(300);
        for (Client c : clients) {
            assertThat(ClientValidator.validate(c, TestClock.TODAY)).as(c.name().full()).isEmpty();
        }
        Map<Long, Client> byId = clients.stream().collect(Collectors.toMap(Client::id, Function.identity()));
        List<Client> referred = clients.stream().filter(c -> c.referredById() != null).toList();
        assertThat(referred.size()).isBetween(90, 200);
        for (Client c : referred) {
            Client referrer = byId.get(c.referredById());
            assertThat(referrer).isNotNull();
            assertThat(referrer.firstContact()).isBeforeOrEqualTo(c.firstContact());
        }
        long women = clients.stream().filter(c -> c.sex() == Sex.FEMALE).count();
        assertThat(women).isBetween(200L, 270L);
        Set<ClientStatus> statuses = clients.stream().map(Client::status).collect(Collectors.toSet());
        assertThat(statuses).contains(ClientStatus.ACTIVE, ClientStatus.COMPLETED, ClientStatus.DROPPED_OUT,
                ClientStatus.ARCHIVED, ClientStatus.ENQUIRY);
        assertThat(clients).allMatch(c -> c.birthDate() != null && !c.contacts().phones().isEmpty());
    }

    @Test
    void russianNames_areCyrillic_andWomensLastNamesAgree() throws Exception {
        for (Client c : write("ru.db", 3, DemoLanguage.RU, 200)) {
            assertThat(c.name().full()).matches("[А-Яа-яЁё \\-]+");
            if (c.sex() == Sex.FEMALE && c.name().lastName().matches(".*(ов|ев|ин)а")) {
                assertThat(c.name().patronymic()).endsWith("на");
            }
            if (c.sex() == Sex.MALE) {
                assertThat(c.name().lastName()).doesNotEndWith("ова").doesNotEndWith("ская");
                assertThat(c.name().patronymic()).endsWith("ич");
            }
        }
    }

    @Test
    void englishPractice_hasLatinNamesWithoutPatronymics() throws Exception {
        for (Client c : write("en.db", 3, DemoLanguage.EN, 100)) {
            assertThat(c.name().full()).matches("[A-Za-z \\-]+");
            assertThat(c.name().patronymic()).isEmpty();
        }
    }

    @Test
    void existingDemo_isReplaced_butARealPracticeIsRefused() throws Exception {
        Path file = folder.resolve("demo.db");
        DemoFile.write(file, DemoLanguage.EN, 50, 1, TestClock.FIXED);
        assertThat(DemoFile.write(file, DemoLanguage.EN, 20, 2, TestClock.FIXED)).isEqualTo(20);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            assertThat(practice.clients().list()).hasSize(20);
        }

        Path mine = folder.resolve("mine.db");
        Practice.open(mine, TestClock.FIXED).close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoFile.write(mine, DemoLanguage.EN, 5, 1, TestClock.FIXED))
                .isInstanceOf(NotADemoFileException.class);
    }

    @Test
    void fiveThousandClients_areWritten() throws Exception {
        long started = System.nanoTime();
        Path file = folder.resolve("big.db");
        assertThat(DemoFile.write(file, DemoLanguage.RU, 5000, 7, TestClock.FIXED)).isEqualTo(5000);
        System.out.printf("demo: 5,000 clients written in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<ClientSummary> all = practice.clients().list();
            assertThat(all).hasSize(5000);
        }
    }
}
