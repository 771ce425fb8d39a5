package org.kabinet.bench.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kabinet.logic.NameOrder;
import org.kabinet.logic.Practice;
import org.kabinet.logic.SearchableClient;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoLanguage;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A practice open for the whole benchmark: the file named by {@code -Dkabinet.bench.db} (a copy of
 * it, as the benchmark must not hold her file), else a fresh 5,000-client Russian demo; with the
 * client list as the list screen holds it, and the client with the most sessions.
 */
@State(Scope.Benchmark)
public class PracticeState {

    static final Locale RU = Locale.forLanguageTag("ru");

    Practice practice;
    List<SearchableClient> clients;
    long busiest;
    private Path folder;

    @Setup(Level.Trial)
    public void open() throws Exception {
        folder = Files.createTempDirectory("kabinet-jmh");
        Path file = folder.resolve("practice.db");
        String given = System.getProperty("kabinet.bench.db");
        if (given != null) {
            Files.copy(Path.of(given), file);
        } else {
            DemoFile.write(file, DemoLanguage.RU, 5000, 7, Clock.systemDefaultZone());
        }
        practice = Practice.openAsItIs(file, Clock.systemDefaultZone());
        NameOrder order = NameOrder.of(RU);
        clients = practice.clients().list().stream().map(s -> SearchableClient.of(s, order)).toList();
        busiest = clients.stream().max((a, b) -> Integer.compare(practice.sessions().forClient(a.id()).size(),
                practice.sessions().forClient(b.id()).size())).orElseThrow().id();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        practice.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
