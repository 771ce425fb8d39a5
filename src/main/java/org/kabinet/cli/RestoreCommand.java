package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.BackupPreview;
import org.kabinet.logic.RestoreService;
import org.kabinet.logic.RuleException;

/**
 * {@code restore --from BACKUP --db FILE}: checks the backup, prints what it holds, copies the
 * practice file aside, then puts the backup in its place; prints where the copy is.
 */
final class RestoreCommand implements Command {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Clock clock;

    RestoreCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summaryKey() {
        return "cli.restore.summary";
    }

    @Override
    public String usageKey() {
        return "cli.restore.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--from", "--db", "--passphrase-file"));
        Path backup = Path.of(options.require("--from"));
        Path file = Path.of(options.require("--db"));
        Optional<String> passphrase = options.passphraseFile("--passphrase-file");
        RestoreService restore = new RestoreService(clock);
        try {
            out.println(describe(restore.preview(backup, passphrase)));
            RestoreService.Restored done = restore.restore(backup, passphrase, file);
            out.println(done.safetyCopy()
                    .map(copy -> messages.get("cli.restore.done", file.toAbsolutePath(), copy.toAbsolutePath()))
                    .orElseGet(() -> messages.get("cli.restore.doneNoCopy", file.toAbsolutePath())));
            return 0;
        } catch (RuleException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }

    private String describe(BackupPreview p) {
        String made = new DateFormats(messages.language()).format(p.madeAt().toLocalDate())
                + " " + TIME.format(p.madeAt());
        return messages.get("cli.restore.preview", p.file().toAbsolutePath(), made, p.clients(), p.sessions(),
                p.notes(), p.schemaVersion());
    }
}
