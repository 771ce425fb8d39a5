package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.BackupFiles;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code backup --db FILE --to DIR}: a consistent, checked copy of the practice file; prints the
 * backup's path (first line, for scripts) and what it holds.
 */
final class BackupCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    BackupCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summaryKey() {
        return "cli.backup.summary";
    }

    @Override
    public String usageKey() {
        return "cli.backup.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--to", "--passphrase-file"));
        Path file = Path.of(options.require("--db"));
        Path folder = Path.of(options.require("--to"));
        Optional<String> passphrase = options.passphraseFile("--passphrase-file");
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            long started = System.nanoTime();
            BackupFiles.Written written = passphrase.isPresent()
                    ? practice.backups().backUpEncrypted(folder, passphrase.get(), (pages, of) -> { })
                    : practice.backups().backUp(folder, (pages, of) -> { });
            long ms = (System.nanoTime() - started) / 1_000_000;
            out.println(written.file().toAbsolutePath());
            out.println(messages.get("cli.backup.wrote", written.file(), ms, count(written, "clients"),
                    count(written, "sessions"), count(written, "notes")));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (RuleException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }

    private static long count(BackupFiles.Written written, String kind) {
        return written.counts().getOrDefault(kind, 0L);
    }
}
