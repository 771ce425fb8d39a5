package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.demo.DemoFile;
import org.kabinet.logic.demo.DemoPractice;
import org.kabinet.logic.demo.DemoLanguage;
import org.kabinet.logic.demo.DemoVolume;
import org.kabinet.logic.demo.NotADemoFileException;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code demo --db FILE [--clients N] [--sessions N] [--notes N] [--homework N] [--seed S] [--locale ru|en]}:
 * writes a synthetic practice for trying Kabinet out and for benchmarks. The same seed always gives the
 * same practice.
 */
final class DemoCommand implements Command {

    static final int DEFAULT_CLIENTS = 300;
    static final long DEFAULT_SEED = 1;
    static final int MAX_CLIENTS = 100_000;
    /** Enough for a benchmark of decades of notes; more would only fill the disk. */
    static final int MAX_NOTES = 2_000_000;
    /** Room for the benchmark's largest practice (20,000 clients, 300,000 sessions) ten times over. */
    static final int MAX_SESSIONS = 3_000_000;
    /** As many as sessions: the largest benchmark practice has 400,000 assignments. */
    static final int MAX_HOMEWORK = 3_000_000;

    private final Messages messages;
    private final Clock clock;

    DemoCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--clients", "--sessions", "--notes", "--homework",
                "--seed", "--locale"));
        Path file = Path.of(options.require("--db"));
        int clients = options.integer("--clients", DEFAULT_CLIENTS, 1, MAX_CLIENTS);
        int sessions = options.integer("--sessions", 0, 0, MAX_SESSIONS);
        int notes = options.integer("--notes", 0, 0, MAX_NOTES);
        int homework = options.integer("--homework", 0, 0, MAX_HOMEWORK);
        long seed = options.longValue("--seed", DEFAULT_SEED);
        DemoLanguage language = options.get("--locale").map(DemoCommand::language)
                .orElse(Locale.getDefault().getLanguage().equals("ru") ? DemoLanguage.RU : DemoLanguage.EN);
        long started = System.nanoTime();
        DemoPractice.Written written;
        try {
            written = DemoFile.write(file, language, new DemoVolume(clients, sessions, notes, homework), seed, clock);
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (NotADemoFileException e) {
            throw CliException.failure("cli.demo.notDemo", file.toAbsolutePath());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.println(messages.get("cli.demo.done", written.clients(), file.toAbsolutePath(), ms, written.notes()));
        out.println(messages.get("cli.demo.volume", written.sessions(), written.homework()));
        out.println(messages.get("cli.demo.contacts", written.contacts(), written.followUps()));
        return 0;
    }

    private static DemoLanguage language(String code) {
        try {
            return DemoLanguage.parse(code);
        } catch (IllegalArgumentException e) {
            throw new CliException("cli.error.locale", code);
        }
    }
}
