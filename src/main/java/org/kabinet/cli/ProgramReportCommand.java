package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.Practice;
import org.kabinet.logic.report.ProgramReport;
import org.kabinet.logic.report.ReportFigures;
import org.kabinet.logic.report.ReportPeriod;
import org.kabinet.model.Program;
import org.kabinet.model.Text;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code program-report --db FILE [--program NAME] [--from DATE] [--to DATE] [--json]}: the
 * numbers of the report screen, computed by the same code. The file is only read.
 */
final class ProgramReportCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    ProgramReportCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "program-report";
    }

    @Override
    public String summaryKey() {
        return "cli.programReport.summary";
    }

    @Override
    public String usageKey() {
        return "cli.programReport.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        boolean json = args.contains("--json");
        List<String> rest = args.stream().filter(a -> !a.equals("--json")).toList();
        CliArgs options = CliArgs.parse(rest, Set.of("--db", "--program", "--from", "--to"));
        Path file = Path.of(options.require("--db"));
        ReportPeriod period = period(options);
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.programReport.oldFile", file);
            }
            // Timed from the open file on, as the screen times it: opening is the same for every command.
            long started = System.nanoTime();
            List<Program> programs = practice.reports().programs();
            Program program = choose(programs, options.get("--program"));
            ProgramReport report = practice.reports().report(program.id(), period);
            long ms = (System.nanoTime() - started) / 1_000_000;
            out.println(json ? json(report, ms) : text(report, ms));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        }
    }

    private ReportPeriod period(CliArgs options) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod fallback = ReportPeriod.lastTwelveMonths(today);
        LocalDate from = options.get("--from").map(t -> date("--from", t)).orElse(fallback.from());
        LocalDate to = options.get("--to").map(t -> date("--to", t)).orElse(today);
        if (from.isAfter(to)) {
            throw new CliException("cli.programReport.badPeriod");
        }
        return new ReportPeriod(from, to);
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliException("cli.programReport.badDate", option, text);
        }
    }

    /** The Base when no name is given; else the program named so in either language. */
    private Program choose(List<Program> programs, Optional<String> name) {
        if (name.isEmpty()) {
            return programs.stream().filter(p -> Program.BASE.equals(p.code())).findFirst()
                    .orElseGet(() -> programs.get(0));
        }
        String wanted = Text.clean(name.get());
        List<Messages> languages = List.of(messages, Messages.of(Language.EN), Messages.of(Language.RU));
        for (Program p : programs) {
            for (Messages m : languages) {
                if (ProgramLabels.program(p, m).equalsIgnoreCase(wanted)) {
                    return p;
                }
            }
        }
        String known = programs.stream().map(p -> ProgramLabels.program(p, messages))
                .collect(Collectors.joining(", "));
        throw CliException.failure("cli.programReport.noProgram", wanted, known);
    }

    private String text(ProgramReport r, long ms) {
        DateFormats dates = new DateFormats(messages.language());
        ReportFigures figures = new ReportFigures(messages);
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("cli.programReport.header", ProgramLabels.program(r.program(), messages),
                dates.format(r.period().from()), dates.format(r.period().to())));
        lines.add(line("report.told", r.told()));
        lines.add(line("report.enrolled", r.enrolled()));
        lines.add(line("report.share", figures.share(r)));
        lines.add(line("report.stopped", r.stoppedByLessonTen()));
        lines.add(line("report.median", figures.median(r)));
        lines.add(line("report.resumed", r.resumedAfterPause()));
        lines.add(messages.get("report.funnel") + ":");
        for (int k = 1; k <= r.lessonCount(); k++) {
            lines.add(String.format("  %3d  %5d", k, r.funnel().get(k - 1)));
        }
        lines.add(messages.get("cli.programReport.took", ms));
        return String.join(System.lineSeparator(), lines);
    }

    private String line(String key, Object value) {
        return messages.get(key) + ": " + value;
    }

    private String json(ProgramReport r, long ms) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("program", ProgramLabels.program(r.program(), messages));
        map.put("from", r.period().from() == null ? null : r.period().from().toString());
        map.put("to", r.period().to().toString());
        map.put("told", r.told());
        map.put("enrolled", r.enrolled());
        map.put("share", r.share().isPresent() ? r.share().getAsDouble() : null);
        map.put("lessons", r.lessonCount());
        map.put("funnel", r.funnel());
        map.put("stoppedAtOrBeforeLesson10", r.stoppedByLessonTen());
        map.put("medianDaysBetweenLessons", r.medianDaysBetweenLessons().isPresent()
                ? r.medianDaysBetweenLessons().getAsDouble() : null);
        map.put("resumedAfterPause", r.resumedAfterPause());
        map.put("ms", ms);
        return VerifyCommand.json(map);
    }
}
