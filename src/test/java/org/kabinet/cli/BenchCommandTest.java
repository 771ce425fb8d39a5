package org.kabinet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * {@code bench} times every operation of the issue on a demo file, beside SQLite where that
 * comparison exists, and refuses any file that is not a demo. Two runs each: the figures' values
 * are the benchmark's business, their presence and shape are this test's.
 */
class BenchCommandTest {

    private static final String[] QUICK = {"--runs", "2", "--heavy-runs", "1", "--startup-runs", "0"};

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Language language, String... args) {
        Cli cli = new Cli(Messages.of(language), TestClock.FIXED,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(List.of(args));
    }

    private Path demo() throws Exception {
        Path file = folder.resolve("demo.db");
        DemoFile.write(file, DemoLanguage.RU, 40, 7, TestClock.FIXED);
        return file;
    }

    private static String[] args(Path file, String... more) {
        List<String> all = new ArrayList<>(List.of("bench", "--db", file.toString()));
        all.addAll(List.of(QUICK));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void bench_demoFile_json_everyOperationWithMedianAndP95_andSqliteBesideWhereItExists() throws Exception {
        Path file = demo();

        assertThat(run(Language.EN, args(file, "--json"))).isZero();

        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(report.at("/file/clients").asLong()).isEqualTo(40);
        assertThat(report.at("/file/busiestClientSessions").asLong()).isPositive();
        List<String> keys = new ArrayList<>();
        for (JsonNode op : report.get("operations")) {
            keys.add(op.get("key").asText());
            JsonNode kabinet = op.get("kabinet");
            assertThat(kabinet.get("medianMs").asDouble()).as(op.toString()).isPositive();
            assertThat(kabinet.get("p95Ms").asDouble()).isGreaterThanOrEqualTo(kabinet.get("medianMs").asDouble());
        }
        assertThat(keys).containsExactly("openClient", "search", "planner", "programReport", "homeworkSheet",
                "backup", "export");
        assertThat(direct(report, "openClient")).isTrue();
        assertThat(direct(report, "search")).isTrue();
        assertThat(direct(report, "planner")).isFalse();
        assertThat(direct(report, "programReport")).isTrue();
        assertThat(direct(report, "homeworkSheet")).isFalse();
        assertThat(direct(report, "backup")).isTrue();
        assertThat(direct(report, "export")).isTrue();
        assertThat(report.at("/operations/5/kabinet/runs").asInt()).isEqualTo(1);
        assertThat(report.at("/operations/0/kabinet/runs").asInt()).isEqualTo(2);
        assertThat(report.get("startupSkipped").asText()).isEqualTo("notAsked");
        assertThat(report.at("/peakMemoryMb/benchmark").asDouble()).isPositive();
        // The backups and the export went to a temporary folder, gone afterwards; the file stays alone.
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("demo.db")))
                    .isEmpty();
        }
    }

    private static boolean direct(JsonNode report, String key) {
        for (JsonNode op : report.get("operations")) {
            if (op.get("key").asText().equals(key)) {
                return op.has("direct");
            }
        }
        throw new AssertionError("no operation " + key);
    }

    @Test
    void bench_inRussian_textSaysWhatWasTimedAndTheRatio() throws Exception {
        Path file = demo();

        assertThat(run(Language.RU, args(file))).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Открытие клиента с самой долгой историей", "Те же чтения напрямую в SQLite",
                "медиана", "95-й процентиль", "Запуск не замерен (--startup-runs 0).", "Клиентов: 40");
        assertThat(text).containsPattern("\\d,\\d\\dx");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Замеряю: План звонков…");
    }

    @Test
    void bench_realPractice_refusedInWords_andLeftByteForByte() throws Exception {
        Path file = folder.resolve("practice.db");
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            practice.clients().save(ClientBuilders.olga().build());
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(run(Language.EN, args(file))).isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a demo practice").doesNotContain("Exception");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void bench_missingFile_oneLine_nothingCreated() {
        Path file = folder.resolve("none.db");

        assertThat(run(Language.EN, args(file))).isEqualTo(Cli.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(file).doesNotExist();
    }
}
