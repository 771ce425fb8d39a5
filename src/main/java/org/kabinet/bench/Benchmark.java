package org.kabinet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
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

    public BenchResult run() throws DatabaseOpenException, Refused, Exception {
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
            List<Timing> kabinet = kabinetWork(facts, scratch);
            List<Timing> direct = directWork(facts, scratch);
            String[][] keys = {{"openClient", "direct.reads"}, {"search", "direct.search"}, {"planner", null},
                {"programReport", "direct.reads"}, {"homeworkSheet", null}, {"backup", "direct.backup"},
                {"export", "direct.readAll"}};
            for (int i = 0; i < keys.length; i++) {
                Timing d = keys[i][1] == null ? null : direct.get(i);
                measurements.add(new Measurement(keys[i][0], kabinet.get(i), keys[i][1], d));
            }
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
        List<StartupProbe.Start> bare = new ArrayList<>(probe.bareWindow(1));
        List<StartupProbe.Start> kabinet = new ArrayList<>(probe.kabinet(file, 1));
        for (int i = 0; i < runs.startups(); i++) {
            bare.addAll(probe.bareWindow(1));
            kabinet.addAll(probe.kabinet(file, 1));
        }
        measurements.add(new Measurement("startup", startTiming(kabinet), "direct.bareWindow", startTiming(bare)));
        return kabinet.stream().mapToDouble(StartupProbe.Start::peakMb).max().orElse(0);
    }

    private static Timing startTiming(List<StartupProbe.Start> starts) {
        List<Double> recorded = starts.subList(1, starts.size()).stream().map(StartupProbe.Start::ms).toList();
        return Timing.of(starts.get(0).ms(), recorded);
    }

    private List<Timing> kabinetWork(BenchFile f, Path scratch) throws Exception {
        List<Timing> t = new ArrayList<>();
        try (Practice p = Practice.openAsItIs(file, clock)) {
            LocalDate today = LocalDate.now(clock);
            progress.accept("openClient");
            t.add(quick(() -> {
                p.clients().load(f.busiestClient());
                p.clients().summary(f.busiestClient());
                p.sessions().forClient(f.busiestClient());
                p.enrolments().progress(f.busiestClient());
                p.timeline().forClient(f.busiestClient(), locale);
            }));
            progress.accept("search");
            AtomicInteger next = new AtomicInteger();
            t.add(quick(() -> p.search().search(f.queries().get(next.getAndIncrement() % f.queries().size()), locale,
                    lessonTitle)));
            progress.accept("planner");
            t.add(quick(() -> p.followUps().plan(p.followUps().today())));
            progress.accept("programReport");
            t.add(quick(() -> p.reports().report(f.programId(), ReportPeriod.lastTwelveMonths(today))));
            progress.accept("homeworkSheet");
            Path pdf = scratch.resolve("sheet.pdf");
            t.add(quick(() -> p.sheets().homework(f.sheetHomework(), locale, pdf)));
            progress.accept("backup");
            t.add(heavy(out -> p.backups().backUp(out, (pages, of) -> { }), scratch));
            progress.accept("export");
            t.add(heavy(out -> p.jsonTransfer().export(out.resolve("practice.json"), true), scratch));
        }
        return t;
    }

    private List<Timing> directWork(BenchFile f, Path scratch) throws Exception {
        List<Timing> t = new ArrayList<>();
        try (RawSqlite raw = RawSqlite.open(file)) {
            DirectWork work = new DirectWork(raw);
            ReportPeriod year = ReportPeriod.lastTwelveMonths(LocalDate.now(clock));
            progress.accept("direct");
            t.add(quick(() -> work.openClient(f.busiestClient())));
            AtomicInteger next = new AtomicInteger();
            t.add(quick(() -> work.search(f.queries().get(next.getAndIncrement() % f.queries().size()))));
            t.add(null);
            t.add(quick(() -> work.programReport(f.programId(), year.from(), year.to())));
            t.add(null);
            t.add(heavy(out -> work.backup(out.resolve("copy.db")), scratch));
            t.add(heavy(out -> work.readEverything(), scratch));
        }
        return t;
    }

    private Timing quick(Timing.Work work) throws Exception {
        return Timing.of(work, runs.warmUp(), runs.quick());
    }

    /** A heavy operation writes into a fresh folder each time, emptied after, so the disk does not fill. */
    private Timing heavy(IntoFolder work, Path scratch) throws Exception {
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
