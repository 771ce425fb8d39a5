package org.kabinet.logic.demo;

/**
 * How big a demo practice is to be: its clients, and at least this many sessions, notes and
 * homework assignments in all (0: as many as the three-year diary gives).
 */
public record DemoVolume(int clients, int sessions, int notes, int homework) {

    /** {@code clients} clients with as many sessions, notes and homework as their diary gives. */
    public static DemoVolume of(int clients) {
        return new DemoVolume(clients, 0, 0, 0);
    }
}
