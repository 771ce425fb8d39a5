package org.kabinet.faults.input;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Counts the kinds of bad input tried and the cases run, across every test class of this
 * package, and prints one line at the end of the run for docs/reliability.md to quote:
 * "bad input: N kinds of bad input, M cases, 0 lost". A case that lost data fails its test, so
 * the line is printed only with 0 lost when the build passes.
 */
public final class BadInputTally implements BeforeAllCallback {

    private static final Set<String> KINDS = new ConcurrentSkipListSet<>();
    private static final AtomicInteger CASES = new AtomicInteger();

    /** One case of one kind of bad input was tried, and nothing was lost. */
    static void record(String kind) {
        KINDS.add(kind);
        CASES.incrementAndGet();
    }

    static int kinds() {
        return KINDS.size();
    }

    static int cases() {
        return CASES.get();
    }

    static Set<String> kindNames() {
        return new TreeSet<>(KINDS);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // One resource in the root store: closed once, when the whole run ends.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BadInputTally.class.getName(), k -> new Summary(), Summary.class);
    }

    /** Prints the figures when JUnit closes the root store. */
    private static final class Summary implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            System.out.println("bad input: " + kinds() + " kinds of bad input, " + cases() + " cases, 0 lost");
            System.out.println("bad input kinds: " + String.join(" | ", kindNames()));
        }
    }
}
