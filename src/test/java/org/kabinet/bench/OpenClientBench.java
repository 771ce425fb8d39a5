package org.kabinet.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.logic.ClientService;
import org.kabinet.logic.EnrolmentService;
import org.kabinet.logic.SessionService;
import org.kabinet.logic.report.ProgramReportService;
import org.kabinet.logic.report.ReportPeriod;
import org.kabinet.model.Session;
import org.kabinet.storage.Database;
import org.kabinet.storage.DatabaseOpener;

/**
 * How fast a client's card and the client list load from a practice file (argument: the file),
 * without a window: the database work the card and the list wait for. The card is timed for the
 * client with the most sessions: their card, sessions, program progress and list row; and the
 * program report of the Base. Run by
 * {@code bench/open-client.sh}.
 */
public final class OpenClientBench {

    private static final int WARM_UP = 20;
    private static final int CARD_RUNS = 50;
    private static final int LIST_RUNS = 20;

    private OpenClientBench() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = new DatabaseOpener(clock).openExisting(Path.of(args[0]))) {
            ClientService clients = new ClientService(db, clock);
            SessionService sessions = new SessionService(db, clock);
            EnrolmentService enrolments = new EnrolmentService(db, clock);
            List<Session> all = sessions.between(LocalDate.of(1900, 1, 1), LocalDate.of(3000, 1, 1));
            Map<Long, Long> perClient = all.stream().collect(Collectors.groupingBy(Session::clientId,
                    Collectors.counting()));
            long busiest = perClient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            System.out.printf("file: %d clients, %d sessions; busiest client has %d sessions%n",
                    clients.list().size(), all.size(), perClient.get(busiest));

            Function<Long, Object> card = id -> List.of(clients.load(id).orElseThrow(), sessions.forClient(id),
                    enrolments.progress(id), db.read(tx -> tx.clients().summary(id)).orElseThrow());
            System.out.println("open the busiest client's card:  " + time(() -> card.apply(busiest), CARD_RUNS)
                    + "   (goal: 100 ms)");
            long quiet = perClient.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            System.out.println("open a client with one session:  " + time(() -> card.apply(quiet), CARD_RUNS));
            System.out.println("load the client list:            " + time(clients::list, LIST_RUNS));

            ProgramReportService reports = new ProgramReportService(db, clock);
            long base = reports.programs().get(0).id();
            LocalDate today = LocalDate.now(clock);
            System.out.println("program report, last 12 months:  " + time(() -> reports.report(base,
                    ReportPeriod.lastTwelveMonths(today)), LIST_RUNS) + "   (goal: 100 ms)");
            System.out.println("program report, all time:        " + time(() -> reports.report(base,
                    ReportPeriod.allTime(today)), LIST_RUNS) + "   (goal: 100 ms)");
        }
    }

    private static String time(Runnable work, int runs) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            micros.add((System.nanoTime() - started) / 1000);
        }
        micros.sort(Comparator.naturalOrder());
        return String.format("median %.1f ms, 95th percentile %.1f ms, max %.1f ms  (%d runs)",
                micros.get(runs / 2) / 1000.0, micros.get((int) (runs * 0.95)) / 1000.0,
                micros.get(runs - 1) / 1000.0, runs);
    }
}
