package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.logic.Practice;
import org.kabinet.logic.search.SearchGroup;
import org.kabinet.logic.search.SearchResults;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Snippet;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code search --db FILE TEXT… [--json] [--include-private]}: the results of the search field,
 * from the same code, and the time the search took. The words of a private note stay out of the
 * output (the result is listed, marked private) unless she asks for them: the output may end up
 * in a file or a terminal log. The file is only read.
 */
final class SearchCommand implements Command {

    private static final Set<String> FLAGS = Set.of("--json", "--include-private");
    private static final Set<String> OPTIONS = Set.of("--db");

    private final Messages messages;
    private final Clock clock;

    SearchCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summaryKey() {
        return "cli.search.summary";
    }

    @Override
    public String usageKey() {
        return "cli.search.usage";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        List<String> options = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS.contains(arg)) {
                options.add(arg);
                if (i + 1 < args.size()) {
                    options.add(args.get(++i));
                }
            } else if (FLAGS.contains(arg) || arg.startsWith("--")) {
                options.add(arg);
            } else {
                words.add(arg);
            }
        }
        boolean json = options.remove("--json");
        boolean includePrivate = options.remove("--include-private");
        CliArgs parsed = CliArgs.parse(options, OPTIONS);
        Path file = Path.of(parsed.require("--db"));
        if (words.isEmpty()) {
            throw new CliException("cli.search.noText");
        }
        String text = String.join(" ", words);
        try (Practice practice = Practice.openAsItIs(file, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.search.oldFile", file);
            }
            SearchResults results = practice.search().search(text, messages.language().locale(),
                    lesson -> ProgramLabels.lesson(lesson, messages));
            out.println(json ? json(results, includePrivate) : text(results, includePrivate));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        }
    }

    private String text(SearchResults results, boolean includePrivate) {
        DateFormats dates = new DateFormats(messages.language());
        List<String> lines = new ArrayList<>();
        if (results.nothingToSearch()) {
            lines.add(messages.get("search.nothingToSearch"));
        } else if (results.isEmpty()) {
            lines.add(messages.get("search.nothingFound", results.query().typed().strip()));
        }
        for (SearchGroup group : results.groups()) {
            lines.add(messages.get("search.kind." + group.kind()) + " (" + group.total() + ")");
            for (SearchHit hit : group.hits()) {
                List<String> head = new ArrayList<>();
                if (hit.date() != null) {
                    head.add(dates.format(hit.date()));
                }
                if (hit.client() != null && hit.kind() != SearchKind.CLIENT) {
                    head.add(hit.client().full());
                }
                if (!hit.title().text().isEmpty()) {
                    head.add(hit.title().marked("[", "]"));
                }
                if (hit.privateNote()) {
                    head.add("(" + messages.get("note.private.marker") + ")");
                }
                lines.add("  " + String.join(" · ", head));
                String snippet = snippet(hit, includePrivate).marked("[", "]");
                if (!snippet.isBlank()) {
                    lines.add("      " + snippet);
                }
            }
            if (group.more() > 0) {
                lines.add("  " + messages.get("search.more", group.more()));
            }
        }
        lines.add(messages.get("cli.search.took", results.took().toNanos() / 1_000_000.0));
        return String.join(System.lineSeparator(), lines);
    }

    private Snippet snippet(SearchHit hit, boolean includePrivate) {
        return hit.privateNote() && !includePrivate ? Snippet.plain(messages.get("cli.search.privateHidden"))
                : hit.snippet();
    }

    private String json(SearchResults results, boolean includePrivate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("query", results.query().typed());
        map.put("words", results.query().words());
        map.put("nothingToSearch", results.nothingToSearch());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (SearchGroup group : results.groups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("kind", group.kind().name().toLowerCase());
            g.put("total", group.total());
            List<Map<String, Object>> hits = new ArrayList<>();
            for (SearchHit hit : group.hits()) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("id", hit.id());
                h.put("clientId", hit.clientId() == 0 ? null : hit.clientId());
                h.put("client", hit.client() == null ? null : hit.client().full());
                h.put("date", hit.date() == null ? null : hit.date().toString());
                h.put("title", hit.title().text());
                h.put("private", hit.privateNote());
                boolean hidden = hit.privateNote() && !includePrivate;
                h.put("snippet", hidden ? null : hit.snippet().marked("[", "]"));
                hits.add(h);
            }
            g.put("hits", hits);
            groups.add(g);
        }
        map.put("groups", groups);
        map.put("ms", results.took().toNanos() / 1_000_000.0);
        return VerifyCommand.json(map);
    }
}
