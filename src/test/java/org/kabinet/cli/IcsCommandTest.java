package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.FollowUp;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.SuggestionRule;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/** {@code ics} writes the calendar file the Calendar screen's button writes, and says what it wrote. */
class IcsCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path file;

    @BeforeEach
    void practice() throws Exception {
        file = folder.resolve("k.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            Client olga = practice.clients().save(ClientBuilders.olga().build());
            practice.sessions().save(Session.planned(olga.id(), TestClock.TODAY.plusDays(2).atTime(11, 0),
                    SessionKind.LESSON), EnumSet.allOf(SessionWarning.Kind.class));
            practice.sessions().save(Session.planned(olga.id(), TestClock.TODAY.plusDays(20).atTime(11, 0),
                    SessionKind.LESSON), EnumSet.allOf(SessionWarning.Kind.class));
            practice.followUps().plan(FollowUp.planned(olga.id(), TestClock.TODAY.plusDays(1), SuggestionRule.STALLED,
                    ""));
        }
    }

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private static List<VEvent> events(Path ics) throws Exception {
        try (Reader reader = Files.newBufferedReader(ics, StandardCharsets.UTF_8)) {
            Calendar calendar = new CalendarBuilder().build(reader);
            return calendar.getComponents("VEVENT");
        }
    }

    @Test
    void ics_defaults_writesThirtyDaysAndSaysWhat() throws Exception {
        Path ics = folder.resolve("week.ics");
        assertThat(run(Language.EN, "ics", "--db", file.toString(), "--out", ics.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Wrote " + ics.toAbsolutePath(),
                "2 session(s) and 1 call(s) from 24/11/2026 to 23/12/2026", " ms.");
        assertThat(events(ics)).hasSize(3).extracting(e -> e.getSummary().getValue())
                .contains("Иванова Ольга Петровна — Program lesson", "Call: Иванова Ольга Петровна — Stalled in a program");
    }

    @Test
    void ics_daysAndInitials_narrowTheFileAndHideTheName() throws Exception {
        Path ics = folder.resolve("week.ics");
        assertThat(run(Language.RU, "ics", "--db", file.toString(), "--out", ics.toString(), "--days", "7",
                "--names", "initials")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("сессий: 1, звонков: 1");
        assertThat(events(ics)).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("О.П.И. — Урок программы", "Звонок: О.П.И. — Остановился(ась) в программе");
    }

    @Test
    void ics_badNamesOrDays_areUsageErrors() {
        Path ics = folder.resolve("x.ics");
        assertThat(run(Language.EN, "ics", "--db", file.toString(), "--out", ics.toString(), "--names", "nick"))
                .isEqualTo(Cli.USAGE);
        assertThat(run(Language.EN, "ics", "--db", file.toString(), "--out", ics.toString(), "--days", "0"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--names must be full, first or initials");
        assertThat(ics).doesNotExist();
    }

    @Test
    void ics_intoAMissingFolder_failsWithOneLine() {
        Path ics = folder.resolve("nowhere").resolve("x.ics");
        assertThat(run(Language.EN, "ics", "--db", file.toString(), "--out", ics.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot write").doesNotContain("Exception");
    }
}
