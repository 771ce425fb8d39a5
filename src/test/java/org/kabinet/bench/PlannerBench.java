package org.kabinet.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.kabinet.logic.Practice;
import org.kabinet.logic.followup.Plan;

/**
 * How fast the call planner is made on a big practice (argument: the file; made by
 * {@code bench/planner.sh} with 5,000 clients): {@code practice.followUps().plan(today)}, median and
 * 95th percentile over {@link #ROUNDS} after {@link #WARM_UP}, with the number of rows. Beside it,
 * the same for two of its parts, to show where the time goes: the rules' suggestions alone
 * (the facts read for every client, then the rules) and the client list rows it joins to.
 */
public final class PlannerBench {

    private static final int WARM_UP = 30;
    private static final int ROUNDS = 50;

    private PlannerBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (Practice practice = Practice.openAsItIs(file, Clock.systemDefaultZone())) {
            LocalDate today = practice.followUps().today();
            long first = System.nanoTime();
            Plan plan = practice.followUps().plan(today);
            double firstMs = (System.nanoTime() - first) / 1e6;
            System.out.printf("planner of %s: %d rows (overdue %d, today %d, this week %d, later %d), %d due%n",
                    today, plan.overdue().size() + plan.today().size() + plan.thisWeek().size() + plan.later().size(),
                    plan.overdue().size(), plan.today().size(), plan.thisWeek().size(), plan.later().size(),
                    plan.due());
            System.out.printf("first plan of the process: %.1f ms%n", firstMs);
            System.out.printf("%-40s %10s %10s%n", "what", "median ms", "p95 ms");
            time("plan(today), the whole planner", () -> practice.followUps().plan(today));
            time("  suggestions(today): facts and rules", () -> practice.followUps().suggestions(today));
            time("  clients().list(): the list rows", () -> practice.clients().list());
        }
    }

    private static void time(String what, Supplier<?> work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + ROUNDS; i++) {
            long started = System.nanoTime();
            work.get();
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        System.out.printf("%-40s %10.1f %10.1f%n", what, median, p95);
    }
}
