package org.kabinet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.cli.Cli;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.FileCheck;
import org.kabinet.logic.Practice;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.testutil.ClientBuilders;
import org.kabinet.testutil.TestClock;

/**
 * SIGKILL during an import, as a user runs it ({@code import-clients} from a CSV, {@code import-json}
 * of a whole practice). Both promise one transaction: after a kill at a random moment the file
 * holds all of the import or none of it, never part, and passes the full integrity check.
 */
class KillDuringImportTest {

    private static final int CSV_ROWS = 1500;

    @TempDir
    static Path dir;

    private static Path csv;
    private static Path json;
    /** A practice with one client of its own: the CSV goes into it. */
    private static Path withOneClient;
    /** A practice as a fresh file is: the JSON goes into it. */
    private static Path empty;

    @BeforeAll
    static void files() throws Exception {
        csv = dir.resolve("clients.csv");
        StringBuilder text = new StringBuilder("Фамилия,Имя,Отчество,Телефон,Город,Запрос\n");
        for (int i = 0; i < CSV_ROWS; i++) {
            text.append("Импортова,Клиентка").append(i).append(",Петровна,+7916").append(String.format("%07d", i))
                    .append(",Москва,\"Хочет разобраться с тревогой, строка ").append(i).append("\"\n");
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        withOneClient = dir.resolve("one-client.db");
        try (Practice p = Practice.open(withOneClient, TestClock.FIXED)) {
            p.clients().save(ClientBuilders.olga().build());
        }
        empty = dir.resolve("empty.db");
        Practice.open(empty, TestClock.FIXED).close();
        Path demo = dir.resolve("demo.db");
        json = dir.resolve("practice.json");
        assertThat(cli("demo", "--db", demo.toString(), "--clients", "150", "--seed", "7", "--locale", "ru")).isZero();
        assertThat(cli("export-json", "--db", demo.toString(), "--out", json.toString())).isZero();
    }

    private static int cli(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Cli(Messages.of(Language.EN), TestClock.FIXED, quiet, quiet).run(List.of(args));
    }

    @Test
    void kill_duringClientImport_fourTrials_allOrNothing() throws Exception {
        runTrials("import-clients", withOneClient, csv, 4);
    }

    @Test
    void kill_duringJsonImport_fourTrials_allOrNothing() throws Exception {
        runTrials("import-json", empty, json, 4);
    }

    @Test
    @Tag("fault-long")
    void kill_duringClientImport_manyTrials_allOrNothing() throws Exception {
        runTrials("import-clients", withOneClient, csv, FaultSummary.longTrials(100));
    }

    @Test
    @Tag("fault-long")
    void kill_duringJsonImport_manyTrials_allOrNothing() throws Exception {
        runTrials("import-json", empty, json, FaultSummary.longTrials(100));
    }

    private void runTrials(String command, Path template, Path source, int trials) throws Exception {
        long seed = FaultSummary.seed("kill during " + command);
        Random random = new Random(seed);
        Map<String, Long> before = FileCheck.of(template, TestClock.FIXED).counts();
        // One import left to finish: what "all of it" is, and how long the kills have to land in.
        Path run = Files.createTempDirectory(dir, command);
        Path whole = run.resolve("whole.db");
        Files.copy(template, whole);
        long started = System.nanoTime();
        assertThat(runToEnd(command, run, whole, source)).as("the import, not killed, succeeds").isTrue();
        long wholeMs = (System.nanoTime() - started) / 1_000_000;
        // A little past the whole run, so that some kills land after the commit too.
        long windowMs = Math.max(200, wholeMs * 6 / 5);
        Map<String, Long> after = FileCheck.of(whole, TestClock.FIXED).counts();
        assertThat(after).isNotEqualTo(before);

        List<String> failures = new ArrayList<>();
        int none = 0;
        int all = 0;
        int partial = 0;
        int integrity = 0;
        for (int t = 0; t < trials; t++) {
            Path db = run.resolve("trial-" + t + ".db");
            Files.copy(template, db);
            Boolean reported = killOnce(command, run, db, source, random.nextInt((int) windowMs), t, failures);
            if (reported == null) {
                continue;
            }
            try (Practice p = Practice.open(db, TestClock.FIXED)) {
                p.clients().list();
            } catch (DatabaseOpenException | RuntimeException e) {
                failures.add("trial " + t + ": the app does not open the file: " + e);
                continue;
            }
            FileCheck check = FileCheck.of(db, TestClock.FIXED);
            if (!check.sound()) {
                integrity++;
                failures.add("trial " + t + ": integrity " + check.problems());
            }
            if (check.counts().equals(after)) {
                all++;
            } else if (check.counts().equals(before) && !reported) {
                none++;
            } else {
                partial++;
                failures.add("trial " + t + ": reported " + (reported ? "committed" : "not committed")
                        + ", the file holds " + check.counts() + "; before " + before + ", after " + after);
            }
            deleteWithWal(db);
        }
        FaultSummary.report("kill during " + command + ": " + trials + " trials, " + partial + " partial, "
                + integrity + " integrity failures (" + none + " killed before the commit: none of it there; "
                + all + " after: all of it there; " + after.get("clients") + " clients and "
                + after.values().stream().mapToLong(Long::longValue).sum() + " records in all when whole; the whole run took "
                + wholeMs + " ms)");
        assertThat(failures).isEmpty();
    }

    private boolean runToEnd(String command, Path run, Path db, Path source) throws Exception {
        try (ChildJvm child = ChildJvm.start(run.resolve("whole.log"), command, db.toString(),
                source.toString())) {
            return child.await() == 0 && child.allLines().contains("committed import");
        }
    }

    /** One trial: whether the child reported the import committed, or null (recorded) when it failed by itself. */
    private Boolean killOnce(String command, Path run, Path db, Path source, int runMs, int trial, List<String> failures)
            throws Exception {
        try (ChildJvm child = ChildJvm.start(run.resolve("trial-" + trial + ".log"), command, db.toString(),
                source.toString())) {
            if (!child.awaitLine("ready")) {
                failures.add("trial " + trial + ": the child did not start: " + child.errors());
                return null;
            }
            boolean killed = child.killAfter(runMs);
            boolean committed = child.allLines().contains("committed import");
            if (!killed && !committed) {
                failures.add("trial " + trial + ": the import failed by itself: " + child.errors());
                return null;
            }
            return committed;
        }
    }

    private static void deleteWithWal(Path db) throws Exception {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
