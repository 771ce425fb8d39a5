package org.kabinet.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kabinet.bench.BenchResult;
import org.kabinet.bench.BenchRuns;
import org.kabinet.bench.Benchmark;
import org.kabinet.bench.StartupFailed;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.StorageException;

/**
 * {@code bench --db FILE [--json] [--json-to FILE] [--runs N] [--heavy-runs N] [--startup-runs N]}: times what the
 * practitioner waits for on a demo practice, beside the same work done directly in SQLite, and
 * prints the figures (progress on standard error as it goes).
 */
final class BenchCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("--db", "--runs", "--heavy-runs", "--startup-runs",
            "--json-to");
    private static final int MAX_RUNS = 10_000;

    private final Messages messages;
    private final Clock clock;
    private final PrintStream err;

    BenchCommand(Messages messages, Clock clock, PrintStream err) {
        this.messages = messages;
        this.clock = clock;
        this.err = err;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        List<String> options = new ArrayList<>(args);
        boolean json = options.remove("--json");
        CliArgs parsed = CliArgs.parse(options, OPTIONS);
        Path file = Path.of(parsed.require("--db"));
        BenchRuns runs = new BenchRuns(parsed.integer("--runs", BenchRuns.DEFAULT.quick(), 1, MAX_RUNS),
                parsed.integer("--heavy-runs", BenchRuns.DEFAULT.heavy(), 1, MAX_RUNS),
                parsed.integer("--startup-runs", BenchRuns.DEFAULT.startups(), 0, MAX_RUNS));
        Benchmark benchmark = new Benchmark(file, runs, clock, messages.locale(),
                lesson -> ProgramLabels.lesson(lesson, messages),
                key -> err.println(messages.get("cli.bench.measuring", messages.get("bench.op." + key))));
        BenchResult result;
        try {
            result = benchmark.run();
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (Benchmark.Refused e) {
            throw CliException.failure(e.key(), file);
        } catch (StorageException e) {
            throw e;
        } catch (StartupFailed e) {
            throw CliException.failure("cli.bench.startupFailed", e.exitCode());
        } catch (Exception e) {
            // A full disk in the temporary folder, an interrupted run: what it was, in words.
            throw CliException.failure("cli.bench.failed");
        }
        BenchReport report = new BenchReport(messages);
        Optional<String> jsonTo = parsed.get("--json-to");
        if (jsonTo.isPresent()) {
            // The figures for a script or the docs, kept beside the text she reads.
            try {
                Files.writeString(Path.of(jsonTo.get()), report.json(result), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw CliException.failure("cli.bench.jsonToFailed", jsonTo.get());
            }
        }
        out.println(json ? report.json(result) : report.text(result));
        return 0;
    }
}
