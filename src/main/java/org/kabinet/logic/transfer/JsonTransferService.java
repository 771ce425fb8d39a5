package org.kabinet.logic.transfer;

import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.kabinet.export.PracticeJsonHeader;
import org.kabinet.export.PracticeJsonReader;
import org.kabinet.export.PracticeJsonWriter;
import org.kabinet.logic.RuleException;
import org.kabinet.storage.Database;
import org.kabinet.storage.TableRows;
import org.kabinet.storage.TableRows.Table;

/**
 * The whole practice as one JSON file (docs/json-format.md), and back: for moving her data to
 * another program, or keeping it in a form any program can read. Private notes go out only when
 * she includes them; the backup and lock settings of this computer never do.
 */
public final class JsonTransferService {

    private static final Logger LOG = Logger.getLogger(JsonTransferService.class.getName());

    private final Database db;

    public JsonTransferService(Database db) {
        this.db = db;
    }

    /**
     * Writes the practice to {@code out}, all or nothing, as it stands at one moment.
     *
     * @throws org.kabinet.export.ExportException when the file cannot be written
     */
    public TransferCounts export(Path out, boolean includePrivate) {
        TransferCounts counts = db.read(tx -> {
            TableRows rows = tx.tables();
            Map<String, Long> written = new LinkedHashMap<>();
            PracticeJsonHeader header = PracticeJsonHeader.current(db.schemaVersion(), includePrivate);
            PracticeJsonWriter.write(out, header, json -> {
                for (Table table : rows.tables()) {
                    long[] n = {0};
                    json.startTable(table.name(), table.columnNames());
                    rows.read(table, includePrivate, values -> {
                        json.row(values);
                        n[0]++;
                    });
                    json.endTable();
                    written.put(table.name(), n[0]);
                }
            });
            return new TransferCounts(written);
        });
        LOG.info(() -> "exported the practice as JSON: " + counts.total() + " rows, private notes "
                + (includePrivate ? "included" : "left out"));
        return counts;
    }

    /** Whether this practice can take an import: it has no clients. */
    public boolean canImport() {
        return db.read(tx -> tx.counts().clients()) == 0;
    }

    /**
     * Reads {@code in} into this practice, which must have no clients yet: what a fresh file holds
     * (the shipped sources, programs and exercises) is replaced by what the file holds. One
     * transaction: a file refused anywhere, even at its last row, leaves the practice as it was.
     *
     * @throws RuleException {@code json.error.notEmpty}, {@code json.error.foreign},
     *     {@code json.error.newerFormat}, {@code json.error.otherSchema}, {@code json.error.unknownTable},
     *     {@code json.error.unknownColumn}, {@code json.error.rowRefused}, {@code json.error.brokenLinks}
     * @throws org.kabinet.export.ExportException when the file cannot be read or is not well-formed JSON
     */
    public TransferCounts importInto(Path in) {
        Path file = in.toAbsolutePath();
        TransferCounts counts = db.write(tx -> {
            long clients = tx.counts().clients();
            if (clients > 0) {
                throw new RuleException("json.error.notEmpty", clients);
            }
            TableRows rows = tx.tables();
            Map<String, Table> tables = new LinkedHashMap<>();
            rows.tables().forEach(t -> tables.put(t.name(), t));
            int schema = db.schemaVersion();
            rows.clearForImport();
            Map<String, Long> stored = new LinkedHashMap<>();
            try (Rows target = new Rows(file, rows, tables, stored)) {
                PracticeJsonReader.read(in, new PracticeJsonReader.Handler() {
                    @Override
                    public void header(PracticeJsonHeader header) {
                        check(file, header, schema);
                    }

                    @Override
                    public void table(String name, int line) {
                        target.start(name, line);
                    }

                    @Override
                    public void row(Map<String, Object> values, long number, int line) {
                        target.insert(values, number, line);
                    }
                });
            }
            List<String> broken = rows.brokenReferences();
            if (!broken.isEmpty()) {
                throw new RuleException("json.error.brokenLinks", file, broken.size(), broken.get(0));
            }
            return new TransferCounts(stored);
        });
        LOG.info(() -> "imported a practice from JSON: " + counts.total() + " rows");
        return counts;
    }

    /** Refuses a file that is not a Kabinet export, or one of another version than this Kabinet reads. */
    static void check(Path file, PracticeJsonHeader header, int schema) {
        if (!PracticeJsonHeader.FORMAT.equals(header.format()) || header.formatVersion() == null
                || header.schemaVersion() == null) {
            throw new RuleException("json.error.foreign", file);
        }
        if (header.formatVersion() > PracticeJsonHeader.FORMAT_VERSION) {
            throw new RuleException("json.error.newerFormat", file, header.formatVersion(),
                    PracticeJsonHeader.FORMAT_VERSION);
        }
        if (header.schemaVersion() != schema) {
            throw new RuleException("json.error.otherSchema", file, header.schemaVersion(), schema);
        }
    }

    /** Puts the file's rows into their tables, checking each table and column name against the schema. */
    private static final class Rows implements AutoCloseable {

        private final Path file;
        private final TableRows rows;
        private final Map<String, Table> tables;
        private final Map<String, Long> stored;
        private Table table;
        private TableRows.Inserter inserter;

        Rows(Path file, TableRows rows, Map<String, Table> tables, Map<String, Long> stored) {
            this.file = file;
            this.rows = rows;
            this.tables = tables;
            this.stored = stored;
        }

        void start(String name, int line) {
            close();
            table = tables.get(name);
            if (table == null || stored.containsKey(name)) {
                throw new RuleException("json.error.unknownTable", file, name, line);
            }
            inserter = rows.inserter(table);
            stored.put(name, 0L);
        }

        void insert(Map<String, Object> values, long number, int line) {
            if (table.name().equals("practice_meta") && values.get("key") instanceof String key
                    && TableRows.isLocalSetting(key)) {
                // This computer's own settings stay as they are here; a file never brings them.
                return;
            }
            List<String> columns = List.copyOf(values.keySet());
            Object[] typed = new Object[columns.size()];
            for (int i = 0; i < typed.length; i++) {
                String column = columns.get(i);
                TableRows.Column declared = table.column(column).orElseThrow(
                        () -> new RuleException("json.error.unknownColumn", file, table.name(), column, line));
                if (!declared.isBlob() && !ImportedValues.acceptable(column, values.get(column))) {
                    throw refused(number, line, "a value of " + column + " is not storable as it is");
                }
                typed[i] = declared.isBlob() && values.get(column) instanceof String text
                        ? decode(text, number, line) : values.get(column);
            }
            try {
                inserter.insert(columns, java.util.Arrays.asList(typed));
            } catch (TableRows.RowRefused e) {
                throw refused(number, line, e.getMessage());
            }
            stored.merge(table.name(), 1L, Long::sum);
        }

        private byte[] decode(String base64, long number, int line) {
            try {
                return Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw refused(number, line, "not base64");
            }
        }

        /**
         * The row is refused in words she can act on; what SQLite said (a constraint's name, never
         * a value) goes to the log only: it means nothing to her and is not in her language.
         */
        private RuleException refused(long number, int line, String why) {
            LOG.info(() -> "JSON import refused row " + number + " of " + table.name() + ": " + why);
            return new RuleException("json.error.rowRefused", file, number, table.name(), line);
        }

        @Override
        public void close() {
            if (inserter != null) {
                inserter.close();
                inserter = null;
            }
        }
    }
}
