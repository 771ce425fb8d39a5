package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.kabinet.export.ExportException;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.transfer.TransferCounts;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code import-json --db FILE --in FILE}: reads a practice JSON file into a practice with no
 * clients (made if missing), in one transaction: a refused file leaves it as it was.
 */
final class ImportJsonCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    ImportJsonCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-json";
    }

    @Override
    public String summaryKey() {
        return "cli.importJson.summary";
    }

    @Override
    public String usageKey() {
        return "cli.importJson.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--in"));
        Path file = Path.of(options.require("--db"));
        Path source = Path.of(options.require("--in"));
        try (Practice practice = Practice.open(file, clock)) {
            TransferCounts counts = practice.jsonTransfer().importInto(source);
            out.println(messages.get("cli.importJson.done", file.toAbsolutePath(), counts.clients(),
                    counts.sessions(), counts.notes(), counts.total()));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (RuleException e) {
            throw CliException.failure(e.messageKey(), e.args());
        } catch (ExportException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }
}
