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
import java.util.Set;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.FollowUpLabels;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.Practice;
import org.kabinet.logic.followup.Plan;
import org.kabinet.logic.followup.PlanRow;
import org.kabinet.model.SuggestionReason;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code agenda --db FILE [--date YYYY-MM-DD] [--json]}: the call planner of a day — overdue,
 * today, this week, later — from the same code as the planner screen, each row with who, the
 * phone, why, and whether she planned the call or the rules suggest it. The file is only read.
 */
final class AgendaCommand implements Command {

    private final Messages messages;
    private final Clock clock;

    AgendaCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "agenda";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        boolean json = args.contains("--json");
        List<String> rest = args.stream().filter(a -> !a.equals("--json")).toList();
        CliArgs options = CliArgs.parse(rest, Set.of("--db", "--date"));
        Path file = Path.of(options.require("--db"));
        LocalDate day = options.get("--date").map(AgendaCommand::date).orElse(LocalDate.now(clock));
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.agenda.oldFile", file);
            }
            long started = System.nanoTime();
            Plan plan = practice.followUps().plan(day);
            double ms = (System.nanoTime() - started) / 1_000_000.0;
            out.println(json ? json(plan, ms) : text(plan, ms));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliException("cli.agenda.badDate", text);
        }
    }

    private String text(Plan plan, double ms) {
        DateFormats dates = new DateFormats(messages.language());
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("cli.agenda.header", dates.formatLong(plan.day()), plan.due()));
        group(lines, "overdue", plan.overdue(), dates);
        group(lines, "today", plan.today(), dates);
        group(lines, "thisWeek", plan.thisWeek(), dates);
        group(lines, "later", plan.later(), dates);
        lines.add(messages.get("cli.agenda.took", ms));
        return String.join(System.lineSeparator(), lines);
    }

    private void group(List<String> lines, String name, List<PlanRow> rows, DateFormats dates) {
        lines.add("");
        lines.add(messages.get("cli.agenda.group." + name) + " (" + rows.size() + ")");
        if (rows.isEmpty()) {
            lines.add("  " + messages.get("cli.agenda.none"));
        }
        for (PlanRow r : rows) {
            List<String> head = new ArrayList<>();
            head.add(dates.format(r.due()));
            head.add(r.client().name().full());
            if (!r.client().mainPhone().isEmpty()) {
                head.add(r.client().mainPhone());
            }
            if (r.preferred() != null) {
                head.add(messages.of(r.preferred()));
            }
            lines.add("  " + String.join(" · ", head));
            lines.add("      " + messages.get(r.isSuggestion() ? "cli.agenda.suggested" : "cli.agenda.planned") + ": "
                    + why(r, dates));
            List<String> more = new ArrayList<>();
            if (r.lastContact() != null) {
                more.add(messages.get("cli.agenda.lastContact", dates.format(r.lastContact().at().toLocalDate()),
                        messages.of(r.lastContact().outcome())));
            }
            if (r.client().progress() != null) {
                more.add(ProgramLabels.badge(r.client().progress(), messages));
            }
            if (!more.isEmpty()) {
                lines.add("      " + String.join(" · ", more));
            }
        }
    }

    /** Her words or the rule for a planned call, then the rules' reasons, in sentences. */
    private String why(PlanRow r, DateFormats dates) {
        List<String> parts = new ArrayList<>();
        if (r.followUp() != null) {
            String planned = FollowUpLabels.planned(r.followUp(), messages);
            if (!planned.isEmpty()) {
                parts.add(planned);
            }
        }
        if (!r.reasons().isEmpty()) {
            parts.add(FollowUpLabels.reasons(r.reasons(), messages, dates));
        }
        return String.join("; ", parts);
    }

    private String json(Plan plan, double ms) {
        DateFormats dates = new DateFormats(messages.language());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("date", plan.day().toString());
        map.put("due", plan.due());
        map.put("overdue", rows(plan.overdue(), dates));
        map.put("today", rows(plan.today(), dates));
        map.put("thisWeek", rows(plan.thisWeek(), dates));
        map.put("later", rows(plan.later(), dates));
        map.put("ms", ms);
        return VerifyCommand.json(map);
    }

    private List<Map<String, Object>> rows(List<PlanRow> rows, DateFormats dates) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PlanRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clientId", r.client().id());
            m.put("client", r.client().name().full());
            m.put("phone", r.client().mainPhone().isEmpty() ? null : r.client().mainPhone());
            m.put("preferred", r.preferred() == null ? null : r.preferred().name().toLowerCase());
            m.put("due", r.due().toString());
            m.put("kind", r.isSuggestion() ? "suggested" : "planned");
            m.put("followUpId", r.followUp() == null ? null : r.followUp().id());
            m.put("rules", r.reasons().stream().map(SuggestionReason::rule).map(Enum::name).toList());
            if (r.followUp() != null && r.followUp().rule() != null && r.reasons().isEmpty()) {
                m.put("rules", List.of(r.followUp().rule().name()));
            }
            m.put("why", why(r, dates));
            m.put("lastContact", r.lastContact() == null ? null : r.lastContact().at().toLocalDate().toString());
            m.put("lastOutcome", r.lastContact() == null ? null : r.lastContact().outcome().name());
            m.put("progress", r.client().progress() == null ? null : ProgramLabels.badge(r.client().progress(), messages));
            list.add(m);
        }
        return list;
    }
}
