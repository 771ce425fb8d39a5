package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Text;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * Importing clients from the files practitioners have: read the file, guess the columns, show
 * what would happen, then write it all in one transaction. Call from a background thread.
 */
public final class ClientImportService {

    private static final Logger LOG = Logger.getLogger(ClientImportService.class.getName());

    private final Database db;
    private final Clock clock;
    /** Told the line of each card written, inside the transaction: tests fail an import midway with it. */
    private final IntConsumer afterInsert;

    public ClientImportService(Database db, Clock clock) {
        this(db, clock, line -> { });
    }

    ClientImportService(Database db, Clock clock, IntConsumer afterInsert) {
        this.db = db;
        this.clock = clock;
        this.afterInsert = afterInsert;
    }

    /**
     * Reads {@code file}, detecting its format, encoding and (for CSV) delimiter.
     *
     * @throws org.kabinet.logic.RuleException {@code clientImport.missing}, {@code clientImport.unreadable},
     *     {@code clientImport.empty} or {@code clientImport.unknownFormat}, with the file as argument
     */
    public ImportTable read(Path file) {
        ImportTable table = ImportFiles.read(file);
        LOG.info(() -> "read " + table.format() + " in " + table.encoding() + ": " + table.lines().size()
                + " records, " + table.unreadable().size() + " unreadable");
        return table;
    }

    /** The mapping guessed from the headers (Russian or English) and the format. */
    public ColumnMapping guess(ImportTable table) {
        return ColumnGuesser.guess(table);
    }

    /** What {@link #importAll} would do, without writing. */
    public ImportPreview preview(ImportTable table, ColumnMapping mapping) {
        ImportPlan plan = db.read(tx -> new ImportPlanner(tx, today()).plan(table, mapping));
        return new ImportPreview(table, mapping, plan.rows());
    }

    /** Writes every record the preview would import, all in one transaction, or none. */
    public ImportReport importAll(ImportTable table, ColumnMapping mapping) {
        ImportReport report = db.write(tx -> write(tx, new ImportPlanner(tx, today()).plan(table, mapping)));
        LOG.info(() -> "imported " + report.imported() + " clients, skipped " + report.skipped().size()
                + ", rejected " + report.rejected().size());
        return report;
    }

    private ImportReport write(Transaction tx, ImportPlan plan) {
        Map<String, Long> newSources = new HashMap<>();
        Map<Integer, Long> idsByLine = new HashMap<>();
        List<ImportRow> skipped = new ArrayList<>();
        List<ImportRow> rejected = new ArrayList<>();
        int imported = 0;
        for (ImportPlan.Step step : plan.steps()) {
            ImportRow row = step.row();
            switch (row.outcome()) {
                case DUPLICATE -> skipped.add(row);
                case REJECTED -> rejected.add(row);
                case IMPORT -> {
                    ClientBuilder card = ClientBuilder.from(row.client().orElseThrow());
                    if (!step.newSource().isEmpty()) {
                        card.sourceId(newSources.computeIfAbsent(Text.foldForSearch(step.newSource()),
                                k -> tx.sources().add(step.newSource()).id()));
                    }
                    if (step.referrerLine() > 0) {
                        card.referredById(idsByLine.get(step.referrerLine()));
                    }
                    Client saved = tx.clients().insert(card.build());
                    idsByLine.put(row.line(), saved.id());
                    imported++;
                    afterInsert.accept(row.line());
                }
            }
        }
        return new ImportReport(imported, skipped, rejected);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
