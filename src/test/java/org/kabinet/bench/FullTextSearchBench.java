package org.kabinet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.Practice;
import org.kabinet.logic.search.SearchQuery;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.logic.search.SearchService;
import org.kabinet.model.SearchKind;

/**
 * How fast the search field answers over a big practice (argument: the file; made by
 * {@code bench/fulltext-search.sh} with 5,000 clients and 200,000 notes), beside the same SQL
 * statements run by the sqlite3 shell on the same file. For each query: Kabinet's median and 95th
 * percentile over {@link #ROUNDS} searches after {@link #WARM_UP} (a window in use for a while; the
 * very first search of a fresh process is printed by the {@code search} command) (the whole search: every group, its first
 * {@link SearchService#PER_KIND} rows with snippets, the counts), and the shell's mean per run of the
 * same statements, {@link #ROUNDS} runs in one process with its start-up subtracted.
 */
public final class FullTextSearchBench {

    private static final int WARM_UP = 50;
    private static final int ROUNDS = 50;
    private static final String[] QUERIES = {"отц", "отц болезн", "страх смерти", "пуст стул", "контрпер",
        "письм", "иванова", "ольга", "9161", "+7 916", "father", "Обид"};

    private FullTextSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Messages messages = Messages.of(Language.RU);
        Locale locale = messages.locale();
        List<double[]> kabinet = new ArrayList<>();
        // Kabinet holds its file exclusively while open (one Kabinet per file): the shell runs after.
        try (Practice practice = Practice.openAsItIs(file, Clock.systemDefaultZone())) {
            for (String query : QUERIES) {
                List<Double> times = new ArrayList<>();
                SearchResults last = null;
                for (int i = 0; i < WARM_UP + ROUNDS; i++) {
                    long started = System.nanoTime();
                    last = practice.search().search(query, locale, l -> ProgramLabels.lesson(l, messages));
                    if (i >= WARM_UP) {
                        times.add((System.nanoTime() - started) / 1e6);
                    }
                }
                Collections.sort(times);
                double median = times.get(times.size() / 2);
                double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
                int notes = last.groups().stream().filter(g -> g.kind() == SearchKind.NOTE)
                        .mapToInt(g -> g.total()).sum();
                kabinet.add(new double[] {median, p95, notes});
            }
        }
        System.out.printf("%-16s %10s %10s %12s %8s %9s%n", "query", "median ms", "p95 ms", "sqlite3 ms", "ratio",
                "notes");
        for (int i = 0; i < QUERIES.length; i++) {
            double[] k = kabinet.get(i);
            double shell = shellMillis(file, SearchQuery.of(QUERIES[i]));
            System.out.printf("%-16s %10.1f %10.1f %12.1f %8.1f %9d%n", QUERIES[i], k[0], k[1], shell, k[0] / shell,
                    (int) k[2]);
        }
    }

    /**
     * The statements SearchService runs for {@code q} (those of storage.SearchRepository, with the
     * match expression written in), run {@link #ROUNDS} times by the sqlite3 shell: mean ms per run.
     */
    private static double shellMillis(Path file, SearchQuery q) throws IOException, InterruptedException {
        StringBuilder once = new StringBuilder();
        String name = "c.last_name, c.first_name, c.patronymic";
        if (!q.phoneDigits().isEmpty()) {
            String like = "'%" + q.phoneDigits() + "%'";
            once.append("SELECT c.id, ").append(name).append(", c.email, c.messenger, c.city, (SELECT group_concat(")
                    .append("p.number, ', ') FROM client_phone p WHERE p.client_id = c.id) FROM client c WHERE c.id IN ")
                    .append("(SELECT client_id FROM client_phone WHERE digits LIKE ").append(like)
                    .append(") ORDER BY c.id DESC LIMIT 20;\n");
            once.append("SELECT count(DISTINCT client_id) FROM client_phone WHERE digits LIKE ").append(like)
                    .append(";\n");
        }
        if (!q.words().isEmpty()) {
            String m = "'" + q.match().replace("'", "''") + "'";
            String marks = "'\uE000', '\uE001', '…', 14";
            once.append("SELECT c.id, ").append(name).append(", c.email, c.messenger, c.city FROM client_search s ")
                    .append("JOIN client c ON c.id = s.rowid WHERE client_search MATCH ").append(m)
                    .append(" ORDER BY s.rowid DESC LIMIT 20;\n");
            once.append("SELECT count(*) FROM client_search WHERE client_search MATCH ").append(m).append(";\n");
            once.append("SELECT n.id, n.client_id, n.written_on, n.private, ").append(name)
                    .append(", snippet(note_search, -1, ").append(marks).append(") FROM note_search s JOIN note n ")
                    .append("ON n.id = s.rowid JOIN client c ON c.id = n.client_id WHERE note_search MATCH ").append(m)
                    .append(" ORDER BY s.rowid DESC LIMIT 20;\n");
            once.append("SELECT count(*) FROM note_search WHERE note_search MATCH ").append(m).append(";\n");
            once.append("SELECT h.id, h.client_id, h.assigned_on, h.title, h.exercise_id, ").append(name)
                    .append(", snippet(homework_search, -1, ").append(marks).append(") FROM homework_search s ")
                    .append("JOIN homework h ON h.id = s.rowid JOIN client c ON c.id = h.client_id ")
                    .append("WHERE homework_search MATCH ").append(m).append(" ORDER BY s.rowid DESC LIMIT 20;\n");
            once.append("SELECT count(*) FROM homework_search WHERE homework_search MATCH ").append(m).append(";\n");
        }
        double withWork = runShell(file, once.toString().repeat(ROUNDS));
        double empty = runShell(file, "SELECT 1;\n".repeat(ROUNDS));
        return Math.max(0.001, (withWork - empty) / ROUNDS);
    }

    /** Wall-clock ms of one sqlite3 process running {@code sql} on the file, output discarded; best of 3. */
    private static double runShell(Path file, String sql) throws IOException, InterruptedException {
        Path script = Files.createTempFile("bench", ".sql");
        Files.writeString(script, sql, StandardCharsets.UTF_8);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            Process p = new ProcessBuilder("sqlite3", "-readonly", file.toString())
                    .redirectInput(script.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sqlite3 failed on the benchmark statements");
            }
            best = Math.min(best, (System.nanoTime() - started) / 1e6);
        }
        Files.delete(script);
        return best;
    }
}
