package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.testutil.TestClock;

/** {@code demo} with a benchmark's volume: at least the sessions, notes and homework asked for. */
class DemoCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demo_withSessionsNotesAndHomework_writesAtLeastThatMany_andSaysSo() {
        Path file = folder.resolve("bench.db");
        assertThat(run(Language.EN, "demo", "--db", file.toString(), "--clients", "50", "--sessions", "750",
                "--notes", "1000", "--homework", "1000", "--seed", "7", "--locale", "en")).isZero();
        assertThat(out()).containsPattern(
                "With (7[5-9]\\d|[89]\\d\\d|\\d{4,}) session\\(s\\) and (\\d{4,}) homework assignment\\(s\\)\\.");
        assertThat(run(Language.EN, "verify", "--db", file.toString())).isZero();
        assertThat(out()).contains("\"integrity\": \"ok\"", "\"clients\": 50")
                .containsPattern("\"sessions\": (7[5-9]\\d|[89]\\d\\d|\\d{4,})\\b")
                .containsPattern("\"homework\": (\\d{4,})\\b");
    }

    @Test
    void demo_inRussian_reportsTheVolumeInRussian() {
        Path file = folder.resolve("ru.db");
        assertThat(run(Language.RU, "demo", "--db", file.toString(), "--clients", "20", "--seed", "7",
                "--locale", "ru")).isZero();
        assertThat(out()).containsPattern("Сессий: \\d+; домашних заданий: \\d+\\.");
    }

    @Test
    void demo_tooManySessions_isRefusedWithUsage() {
        Path file = folder.resolve("no.db");
        assertThat(run(Language.EN, "demo", "--db", file.toString(), "--sessions",
                String.valueOf(DemoCommand.MAX_SESSIONS + 1))).isNotZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void help_demo_namesTheNewOptions() {
        assertThat(run(Language.EN, "help", "demo")).isZero();
        assertThat(out()).contains("--sessions N", "--homework N", "--notes N");
        out.reset();
        assertThat(run(Language.RU, "help", "demo")).isZero();
        assertThat(out()).contains("--sessions N", "--homework N", "не меньше N сессий");
    }
}
