package org.kabinet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.kabinet.logic.Practice;
import org.kabinet.logic.report.ReportPeriod;
import org.kabinet.model.Lesson;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.RawSqlite;

/**
 * The benchmark behind {@code bench}: on a demo practice file, each operation the practitioner waits
 * for — start-up, a client's card with years of history, a search, the call planner, the program
 * report, a homework sheet, a backup, an export — timed as Kabinet does it, then the same work done
 * directly in SQLite where there is such a thing. Only demo files: a backup run writes the file's
 * "last backed up" time, and her real practice is not a test bench.
 */
public final class Benchmark {

    /** Raised when the file is not one to benchmark; {@code key} names the message. */
    public static final class Refused extends Exception {
        private final String key;

        Refused(String key) {
            super(key);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Path file;
    private final BenchRuns runs;
    private final Clock clock;
    private final Locale locale;
    private final Function<Lesson, String> lessonTitle;
    private final Consumer<String> progress;
    private final List<Measurement> measurements = new ArrayList<>();

    /** {@code progress} hears each operation's key as it starts, for a line on the console. */
    public Benchmark(Path file, BenchRuns runs, Clock clock, Locale locale, Function<Lesson, String> lessonTitle,
            Consumer<String> progress) {
        this.file = file;
        this.runs = runs;
        this.clock = clock;
        this.locale = locale;
        this.lessonTitle = lessonTitle;
        this.progress = progress;
    }

    /**
     * What each operation is compared with, by the operation's key (the message key of the
     * comparison); the planner and the sheet have no such thing in SQLite.
     */
    private static final Map<String, String> DIRECT = Map.of("startup", "direct.bareWindow", "openClient",
            "direct.reads", "search", "direct.search", "programReport", "direct.reads", "backup", "direct.backup",
            "export", "direct.readAll");

    /**
     * @throws Refused when the file is not an up-to-date demo
     * @throws org.kabinet.storage.DatabaseOpenException when it cannot be opened
     */
    public BenchResult run() throws Exception {
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw new Refused("cli.bench.oldFile");
            }
            if (!practice.isDemo()) {
                throw new Refused("cli.bench.notDemo");
            }
        }
        BenchFile facts = BenchFile.read(file);
        Path scratch = Files.createTempDirectory("kabinet-bench");
        try {
            String skipped = runs.startups() == 0 ? "notAsked" : StartupProbe.whyNot().orElse(null);
            double startupPeak = skipped == null ? startUps(scratch) : 0;
            Map<String, Timing> kabinet = kabinetWork(facts, scratch);
            Map<String, Timing> direct = directWork(facts, scratch);
            kabinet.forEach((key, timing) -> measurements.add(new Measurement(key, timing,
                    direct.containsKey(key) ? DIRECT.get(key) : null, direct.get(key))));
            return new BenchResult(LocalDateTime.now(clock), facts, Machine.thisOne(), runs, List.copyOf(measurements),
                    skipped, PeakMemory.ofThisProcess(), startupPeak);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Start-ups, Kabinet's and the bare window's in turn; returns the largest peak memory of a start. */
    private double startUps(Path scratch) throws Exception {
        progress.accept("startup");
        StartupProbe probe = new StartupProbe(scratch);
        List<StartupProbe.Start> bare = new ArrayList<>();
        List<StartupProbe.Start> kabinet = new ArrayList<>();
        // The first of each is not recorded (the file and the JDK come into the disk cache).
        for (int i = 0; i <= runs.startups(); i++) {
            bare.add(probe.bareWindow());
            kabinet.add(probe.kabinet(file));
        }
        measurements.add(new Measurement("startup", startTiming(kabinet), DIRECT.get("startup"), startTiming(bare)));
        return kabinet.stream().mapToDouble(StartupProbe.Start::peakMb).max().orElse(0);
    }

    private static Timing startTiming(List<StartupProbe.Start> starts) {
        List<Double> recorded = starts.subList(1, starts.size()).stream().map(StartupProbe.Start::ms).toList();
        return Timing.of(starts.get(0).ms(), recorded);
    }

    /** Kabinet's own work, by operation key, in the order the report lists it. */
    private Map<String, Timing> kabinetWork(BenchFile f, Path scratch) throws Exception {
        Map<String, Timing> t = new LinkedHashMap<>();
        try (Practice p = Practice.openAsItIs(file, clock)) {
            LocalDate today = LocalDate.now(clock);
            t.put("openClient", quick("openClient", () -> {
                p.clients().load(f.busiestClient());
                p.clients().summary(f.busiestClient());
                p.sessions().forClient(f.busiestClient());
                p.enrolments().progress(f.busiestClient());
                p.timeline().forClient(f.busiestClient(), locale);
            }));
            Supplier<String> query = f.queriesInTurn();
            t.put("search", quick("search", () -> p.search().search(query.get(), locale, lessonTitle)));
            t.put("planner", quick("planner", () -> p.followUps().plan(p.followUps().today())));
            t.put("programReport", quick("programReport",
                    () -> p.reports().report(f.programId(), ReportPeriod.lastTwelveMonths(today))));
            Path pdf = scratch.resolve("sheet.pdf");
            t.put("homeworkSheet", quick("homeworkSheet", () -> p.sheets().homework(f.sheetHomework(), locale, pdf)));
            t.put("backup", heavy("backup", out -> p.backups().backUp(out, (pages, of) -> { }), scratch));
            t.put("export", heavy("export", out -> p.jsonTransfer().export(out.resolve("practice.json"), true),
                    scratch));
        }
        return t;
    }

    /** The same work directly in SQLite, for the operations where there is such a thing. */
    private Map<String, Timing> directWork(BenchFile f, Path scratch) throws Exception {
        Map<String, Timing> t = new LinkedHashMap<>();
        progress.accept("direct");
        try (RawSqlite raw = RawSqlite.open(file)) {
            DirectWork work = new DirectWork(raw);
            ReportPeriod year = ReportPeriod.lastTwelveMonths(LocalDate.now(clock));
            t.put("openClient", Timing.of(() -> work.openClient(f.busiestClient()), runs.warmUp(), runs.quick()));
            Supplier<String> query = f.queriesInTurn();
            t.put("search", Timing.of(() -> work.search(query.get()), runs.warmUp(), runs.quick()));
            t.put("programReport", Timing.of(() -> work.programReport(f.programId(), year.from(), year.to()),
                    runs.warmUp(), runs.quick()));
            t.put("backup", timedInFolders(out -> work.backup(out.resolve("copy.db")), scratch));
            t.put("export", timedInFolders(out -> work.readEverything(), scratch));
        }
        return t;
    }

    private Timing quick(String key, Timing.Work work) throws Exception {
        progress.accept(key);
        return Timing.of(work, runs.warmUp(), runs.quick());
    }

    private Timing heavy(String key, IntoFolder work, Path scratch) throws Exception {
        progress.accept(key);
        return timedInFolders(work, scratch);
    }

    /** A heavy operation writes into a fresh folder each time, emptied after, so the disk does not fill. */
    private Timing timedInFolders(IntoFolder work, Path scratch) throws Exception {
        AtomicInteger n = new AtomicInteger();
        return Timing.of(() -> {
            Path out = Files.createDirectory(scratch.resolve("run" + n.incrementAndGet()));
            try {
                work.into(out);
            } finally {
                deleteTree(out);
            }
        }, 0, runs.heavy());
    }

    @FunctionalInterface
    private interface IntoFolder {
        void into(Path folder) throws Exception;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
