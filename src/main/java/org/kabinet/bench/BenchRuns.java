package org.kabinet.bench;

/**
 * How many times each kind of operation is run: quick ones (a card, a search, the planner, a
 * report, a sheet) after a warm-up of a third as many; heavy ones (a backup, an export: seconds
 * each on a big file, a fresh file each time) without one; start-ups, each a new process, after one
 * unrecorded start of each kind (the file and the JDK in the disk cache).
 */
public record BenchRuns(int quick, int heavy, int startups) {

    public static final BenchRuns DEFAULT = new BenchRuns(30, 3, 7);

    public BenchRuns {
        if (quick < 1 || heavy < 1 || startups < 0) {
            throw new IllegalArgumentException("runs must be positive");
        }
    }

    int warmUp() {
        return Math.max(1, quick / 3);
    }
}
