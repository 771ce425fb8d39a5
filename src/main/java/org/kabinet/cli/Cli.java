package org.kabinet.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.storage.DatabaseOpenException;
import org.kabinet.storage.StorageException;

/**
 * The jar's headless commands. Each prints its result on standard output and any problem as
 * one line on standard error, and exits non-zero when it could not do its job.
 */
public final class Cli {

    /** Exit code for a command that ran but found or met a problem. */
    static final int FAILED = 1;
    /** Exit code for a command line that does not make sense. */
    static final int USAGE = 2;

    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Command> commands;

    public Cli(Messages messages, Clock clock, PrintStream out, PrintStream err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.commands = List.of(new HelpCommand(this), new DemoCommand(messages, clock),
                new VerifyCommand(messages, clock), new ProgramReportCommand(messages, clock),
                new HomeworkPdfCommand(messages, clock), new SearchCommand(messages, clock),
                new BackupCommand(messages, clock), new RestoreCommand(messages, clock),
                new IcsCommand(messages, clock), new AgendaCommand(messages, clock),
                new ExportJsonCommand(messages, clock), new ImportJsonCommand(messages, clock),
                new ImportClientsCommand(messages, clock), new BenchCommand(messages, clock, err));
    }

    /** Whether {@code word} names a command rather than a window option like {@code --db}. */
    public static boolean isCommand(String word) {
        return !word.startsWith("-");
    }

    /** For {@code main}: the system's language and clock, the real console. */
    public static int main(String[] args) {
        Messages messages = Messages.of(Language.of(Locale.getDefault()));
        return new Cli(messages, Clock.systemDefaultZone(), System.out, System.err).run(List.of(args));
    }

    public int run(List<String> args) {
        Optional<Command> command = find(args.get(0));
        if (command.isEmpty()) {
            err.println(messages.get("cli.error.unknownCommand", args.get(0)));
            return USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(messages.get(command.get().usageKey()));
            return 0;
        }
        try {
            return command.get().run(rest, out);
        } catch (CliException e) {
            err.println(messages.get(e.messageKey(), e.args()));
            if (!e.isUsage()) {
                return FAILED;
            }
            err.println(messages.get("cli.seeHelp", command.get().name()));
            return USAGE;
        } catch (DatabaseFailure e) {
            err.println(describe(e.getCause()));
            return FAILED;
        } catch (StorageException e) {
            // A failure while working on an open file (a full disk, a pulled stick): one line, no trace.
            err.println(messages.get(e.messageKey()));
            return FAILED;
        }
    }

    /** One line saying what is wrong with the file, and that it was left as it was. */
    String describe(DatabaseOpenException e) {
        return messages.get("cli.error.file", e.file(), messages.get(e.problem().messageKey()));
    }

    Optional<Command> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    List<Command> commands() {
        return commands;
    }

    Messages messages() {
        return messages;
    }
}
