package org.kabinet.bench;

/** A started window ended without drawing its first frame (a missing display, a file in use). */
public final class StartupFailed extends RuntimeException {

    private final int exitCode;

    StartupFailed(int exitCode) {
        super("a start-up run ended without drawing its window, exit code " + exitCode);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
