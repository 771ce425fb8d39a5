package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.SuggestionRule;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * {@code agenda} prints the planner of a day from the same code as the screen: the four groups,
 * each row with who, the phone, why, and planned or suggested; as text or JSON.
 */
class AgendaCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;
    private long olgaCall;

    /**
     * Tuesday 24 November 2026. Olga: a call she planned for last Friday (overdue). Anna: an
     * enquiry of 5 October who never booked (a suggestion). Vera: a check-in planned for December
     * (later). Pavel: asked not to be contacted, with a birthday this week: never suggested.
     */
    @BeforeEach
    void practice() throws Exception {
        file = folder.resolve("k.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            Client olga = practice.clients().save(ClientBuilders.olga().build());
            olgaCall = practice.followUps().plan(new FollowUp(0, olga.id(), LocalDate.of(2026, 11, 20), null,
                    "Ask about the new job", "a script that stays private", FollowUpStatus.PLANNED)).id();
            practice.clients().save(ClientBuilders.anna().build());
            Client vera = practice.clients().save(ClientBuilders.minimal("Вера").status(ClientStatus.COMPLETED)
                    .consents(new Consents(TestClock.TODAY, true, true, false)).build());
            practice.followUps().plan(FollowUp.planned(vera.id(), LocalDate.of(2026, 12, 10), SuggestionRule.CHECK_IN,
                    ""));
            practice.clients().save(ClientBuilders.minimal("Павел").birthDate(LocalDate.of(1980, 11, 26))
                    .consents(new Consents(TestClock.TODAY, true, true, true)).build());
        }
    }

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void agenda_today_printsTheFourGroupsWithWhoPhoneAndWhy() {
        assertThat(run(Language.EN, "agenda", "--db", file.toString())).isZero();

        String text = out();
        // Overdue: the call she planned and let slip; the suggestion is news today.
        assertThat(text).contains("Calls for 24 November 2026: 2 due", "Overdue (1)", "Today (1)", "This week (0)",
                "Later (1)", "Planned in");
        assertThat(text).contains("20/11/2026 · Иванова Ольга Петровна · +7 (916) 123-45-67 · Message",
                "planned: Ask about the new job");
        assertThat(text).contains("Семёнова Анна Сергеевна · +7 (912) 345-67-89 · Phone call",
                "suggested: Enquired on 05/10/2026 and did not book");
        assertThat(text).contains("10/12/2026 · Вера", "planned: Check-in after the program");
        assertThat(text).doesNotContain("Павел", "script");
        assertThat(text.indexOf("Иванова")).isLessThan(text.indexOf("Вера"));
    }

    @Test
    void agenda_json_givesEveryRowWithItsKindAndRules() throws Exception {
        assertThat(run(Language.EN, "agenda", "--db", file.toString(), "--json")).isZero();

        JsonNode plan = new ObjectMapper().readTree(out());
        assertThat(plan.get("date").asText()).isEqualTo("2026-11-24");
        assertThat(plan.get("due").asInt()).isEqualTo(2);
        assertThat(plan.get("overdue")).hasSize(1);
        assertThat(plan.get("today")).hasSize(1);
        JsonNode olga = plan.get("overdue").get(0);
        assertThat(olga.get("client").asText()).isEqualTo("Иванова Ольга Петровна");
        assertThat(olga.get("kind").asText()).isEqualTo("planned");
        assertThat(olga.get("followUpId").asLong()).isEqualTo(olgaCall);
        assertThat(olga.get("phone").asText()).isEqualTo("+7 (916) 123-45-67");
        assertThat(olga.get("preferred").asText()).isEqualTo("message");
        // Her enquiry of October: suggested, due today.
        JsonNode anna = plan.get("today").get(0);
        assertThat(anna.get("kind").asText()).isEqualTo("suggested");
        assertThat(anna.get("followUpId").isNull()).isTrue();
        assertThat(anna.get("rules").get(0).asText()).isEqualTo("ENQUIRY_NOT_BOOKED");
        assertThat(anna.get("due").asText()).isEqualTo("2026-11-24");
        assertThat(plan.get("later").get(0).get("rules").get(0).asText()).isEqualTo("CHECK_IN");
        assertThat(plan.has("ms")).isTrue();
    }

    @Test
    void agenda_anotherDate_regroupsTheCalls() {
        assertThat(run(Language.RU, "agenda", "--db", file.toString(), "--date", "2026-12-10")).isZero();

        // By then Anna's enquiry is over two months old: no longer chased.
        assertThat(out()).contains("Звонки на 10 декабря 2026", "Сегодня (1)", "Вера", "запланирован",
                "Просрочено (1)", "План составлен за").doesNotContain("Семёнова");
    }

    @Test
    void agenda_badDate_isAUsageError() {
        assertThat(run(Language.EN, "agenda", "--db", file.toString(), "--date", "24.11.2026")).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date needs a date as YYYY-MM-DD");
    }

    @Test
    void agenda_missingFile_saysSoAndCreatesNothing() {
        Path missing = folder.resolve("none.db");
        assertThat(run(Language.EN, "agenda", "--db", missing.toString())).isEqualTo(Cli.FAILED);
        assertThat(missing).doesNotExist();
    }
}
