package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kabinet.export.ExportException;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.CalendarExportService;
import org.kabinet.logic.Practice;
import org.kabinet.model.NameOnSheet;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code ics --db FILE --out FILE.ics [--days N] [--names full|first|initials]}: planned sessions
 * and follow-up calls of the next days as an iCalendar file, from the same code as the Calendar
 * screen's button. The practice file is only read.
 */
final class IcsCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    IcsCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ics";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--out", "--days", "--names"));
        Path file = Path.of(options.require("--db"));
        Path ics = Path.of(options.require("--out"));
        int days = options.integer("--days", CalendarExportService.DEFAULT_DAYS, 1, CalendarExportService.MAX_DAYS);
        NameOnSheet names = options.get("--names").map(IcsCommand::names).orElse(null);
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.ics.oldFile", file);
            }
            long started = System.nanoTime();
            CalendarExportService.Exported done = practice.calendarExport().export(days, names,
                    messages.locale(), ics);
            long ms = (System.nanoTime() - started) / 1_000_000;
            DateFormats dates = new DateFormats(messages.language());
            out.println(messages.get("cli.ics.wrote", ics.toAbsolutePath(), done.sessions(), done.followUps(),
                    dates.format(done.from()), dates.format(done.to()), ms));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (ExportException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }

    private static NameOnSheet names(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> NameOnSheet.FULL;
            case "first" -> NameOnSheet.FIRST_NAME;
            case "initials" -> NameOnSheet.INITIALS;
            default -> throw new CliException("cli.ics.badNames", text);
        };
    }
}
