package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kabinet.export.ExportException;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.transfer.TransferCounts;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code export-json --db FILE --out FILE [--include-private]}: the whole practice as one JSON
 * file (docs/json-format.md); private notes only when asked for. The practice file is opened as it
 * is: never created or migrated.
 */
final class ExportJsonCommand implements Command {

    /** A flag without a value, which {@link CliArgs} does not know: taken out before it parses. */
    static final String INCLUDE_PRIVATE = "--include-private";

    private final Messages messages;
    private final Clock clock;

    ExportJsonCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export-json";
    }

    @Override
    public String summaryKey() {
        return "cli.exportJson.summary";
    }

    @Override
    public String usageKey() {
        return "cli.exportJson.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        List<String> rest = new ArrayList<>(args);
        boolean includePrivate = rest.remove(INCLUDE_PRIVATE);
        CliArgs options = CliArgs.parse(rest, Set.of("--db", "--out"));
        Path file = Path.of(options.require("--db"));
        Path target = Path.of(options.require("--out"));
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            TransferCounts counts = practice.jsonTransfer().export(target, includePrivate);
            out.println(messages.get(includePrivate ? "cli.exportJson.doneWithPrivate" : "cli.exportJson.done",
                    target.toAbsolutePath(), counts.clients(), counts.sessions(), counts.notes(), counts.total()));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (ExportException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }
}
