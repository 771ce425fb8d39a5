package org.kabinet.bench;

/**
 * One line of the benchmark: an operation as Kabinet does it, and where the comparison exists the
 * same work done directly in SQLite on the same file ({@code direct}, named by {@code directKey};
 * both null where there is nothing to compare with).
 */
public record Measurement(String key, Timing kabinet, String directKey, Timing direct) {

    /** Kabinet's median over the direct one's, or NaN when there is nothing to compare with. */
    public double ratio() {
        return direct == null || direct.medianMs() <= 0 ? Double.NaN : kabinet.medianMs() / direct.medianMs();
    }
}
