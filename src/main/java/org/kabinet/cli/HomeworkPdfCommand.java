package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kabinet.export.ExportException;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Homework;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code homework-pdf --db FILE (--assignment ID | --client ID [--date DATE]) --out FILE.pdf}:
 * the homework sheet the app prints, made by the same code. The practice file is only read.
 */
final class HomeworkPdfCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    HomeworkPdfCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "homework-pdf";
    }

    @Override
    public String summaryKey() {
        return "cli.homeworkPdf.summary";
    }

    @Override
    public String usageKey() {
        return "cli.homeworkPdf.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        CliArgs options = CliArgs.parse(args, Set.of("--db", "--assignment", "--client", "--date", "--out"));
        Path file = Path.of(options.require("--db"));
        Path pdf = Path.of(options.require("--out"));
        Optional<String> assignment = options.get("--assignment");
        Optional<String> client = options.get("--client");
        if (assignment.isPresent() == client.isPresent()) {
            throw new CliException("cli.homeworkPdf.oneOf");
        }
        if (options.get("--date").isPresent() && client.isEmpty()) {
            throw new CliException("cli.homeworkPdf.dateNeedsClient");
        }
        Optional<LocalDate> date = options.get("--date").map(HomeworkPdfCommand::date);
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.homeworkPdf.oldFile", file);
            }
            long started = System.nanoTime();
            List<Long> ids = assignment.isPresent()
                    ? List.of(assignmentId(practice, options.longValue("--assignment", 0)))
                    : clientHomework(practice, options.longValue("--client", 0), date);
            practice.sheets().homework(ids, messages.locale(), pdf);
            long ms = (System.nanoTime() - started) / 1_000_000;
            out.println(messages.get("cli.homeworkPdf.wrote", pdf.toAbsolutePath(), ids.size(), ms));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        } catch (RuleException | ExportException e) {
            Object[] a = e instanceof RuleException r ? r.args() : ((ExportException) e).args();
            String key = e instanceof RuleException r ? r.messageKey() : ((ExportException) e).messageKey();
            throw CliException.failure(key, a);
        }
    }

    private long assignmentId(Practice practice, long id) {
        if (practice.homework().find(id).isEmpty()) {
            throw CliException.failure("cli.homeworkPdf.noAssignment", id);
        }
        return id;
    }

    private List<Long> clientHomework(Practice practice, long clientId, Optional<LocalDate> date) {
        if (practice.clients().load(clientId).isEmpty()) {
            throw CliException.failure("cli.homeworkPdf.noClient", clientId);
        }
        List<Homework> items = date.isEmpty() ? practice.homework().toReview(clientId)
                : practice.homework().givenOn(clientId, date.get());
        if (items.isEmpty()) {
            throw CliException.failure("cli.homeworkPdf.none");
        }
        return items.stream().map(Homework::id).toList();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliException("cli.homeworkPdf.badDate", text);
        }
    }
}
