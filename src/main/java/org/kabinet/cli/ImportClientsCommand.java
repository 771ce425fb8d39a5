package org.kabinet.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.clientimport.ClientImportService;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.storage.DatabaseOpenException;

/**
 * {@code import-clients --db FILE --in FILE.csv|FILE.vcf [--dry-run]}: the window's import with
 * the guessed columns, in one transaction; prints JSON with the counts and every skipped or
 * rejected line, its reason in the CLI's language. A dry run only reads the practice file.
 */
final class ImportClientsCommand implements Command {

    private static final String DRY_RUN = "--dry-run";

    private final Messages messages;
    private final Clock clock;

    ImportClientsCommand(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-clients";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        List<String> options = new ArrayList<>(args);
        boolean dryRun = options.remove(DRY_RUN);
        CliArgs parsed = CliArgs.parse(options, Set.of("--db", "--in"));
        Path db = Path.of(parsed.require("--db"));
        Path in = Path.of(parsed.require("--in"));
        try (Practice practice = dryRun ? Practice.openAsItIs(db, clock) : Practice.open(db, clock)) {
            if (!practice.isUpToDate()) {
                throw CliException.failure("cli.import-clients.oldFile", db);
            }
            ClientImportService service = practice.clientImport();
            ImportTable table = read(service, in);
            ColumnMapping mapping = service.guess(table);
            long imported;
            List<ImportRow> problems = new ArrayList<>();
            if (dryRun) {
                ImportPreview preview = service.preview(table, mapping);
                imported = preview.count(ImportRow.Outcome.IMPORT);
                preview.rows().stream().filter(r -> r.outcome() != ImportRow.Outcome.IMPORT).forEach(problems::add);
            } else {
                ImportReport report = service.importAll(table, mapping);
                imported = report.imported();
                problems.addAll(report.skipped());
                problems.addAll(report.rejected());
            }
            problems.sort(Comparator.comparingInt(ImportRow::line));
            out.println(json(table, dryRun, imported, problems));
            return 0;
        } catch (DatabaseOpenException e) {
            throw new DatabaseFailure(e);
        }
    }

    private static ImportTable read(ClientImportService service, Path in) {
        try {
            return service.read(in);
        } catch (RuleException e) {
            throw CliException.failure(e.messageKey(), e.args());
        }
    }

    private String json(ImportTable table, boolean dryRun, long imported, List<ImportRow> problems) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", table.file().toAbsolutePath().toString());
        map.put("format", table.format().name().toLowerCase());
        map.put("encoding", table.encoding());
        map.put("dryRun", dryRun);
        map.put("imported", imported);
        map.put("skipped", problems.stream().filter(r -> r.outcome() == ImportRow.Outcome.DUPLICATE).count());
        map.put("rejected", problems.stream().filter(r -> r.outcome() == ImportRow.Outcome.REJECTED).count());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ImportRow row : problems) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("line", row.line());
            p.put("outcome", row.outcome() == ImportRow.Outcome.DUPLICATE ? "skipped" : "rejected");
            p.put("reason", messages.get(row.reasonKey(), row.reasonArgs().toArray()));
            list.add(p);
        }
        map.put("problems", list);
        return VerifyCommand.json(map);
    }
}
