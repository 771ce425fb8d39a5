package org.kabinet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How long one operation took over several runs: the first (a fresh process: classes loaded, caches
 * cold), then the median and the 95th percentile of the runs after the warm-up, in milliseconds.
 */
public record Timing(int runs, double firstMs, double medianMs, double p95Ms, double maxMs) {

    /** Something to time; may throw, which ends the benchmark with its message. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Times {@code work}: once cold, {@code warmUp} times unrecorded, then {@code runs} times. */
    static Timing of(Work work, int warmUp, int runs) throws Exception {
        double first = millis(work);
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            times.add(millis(work));
        }
        return of(first, times);
    }

    /** From measured {@code times} (at least one), the first of which may be given apart. */
    static Timing of(double firstMs, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        // The nearest-rank 95th percentile: with 20 runs the 19th, with 5 runs the largest.
        double p95 = sorted.get((int) Math.ceil(n * 0.95) - 1);
        return new Timing(n, firstMs, median, p95, sorted.get(n - 1));
    }

    private static double millis(Work work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }
}
