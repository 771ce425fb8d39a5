package org.kabinet.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless sub-command of the jar ({@code java -jar kabinet.jar NAME …}). */
interface Command {

    String name();

    /** Key of the one-line summary shown by {@code help}. */
    default String summaryKey() {
        return "cli." + name() + ".summary";
    }

    /** Key of the full usage shown by {@code NAME --help}. */
    default String usageKey() {
        return "cli." + name() + ".usage";
    }

    /** Runs with the arguments after the name; returns the process exit code. */
    int run(List<String> args, PrintStream out);
}
