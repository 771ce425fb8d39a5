package org.kabinet.ui.clientimport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.clientimport.ClientField;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportFormat;
import org.kabinet.logic.clientimport.ImportLine;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportReport;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.logic.clientimport.ImportTable;
import org.kabinet.model.ClientBuilder;

/**
 * A hand-made stand-in for the import service: a small spreadsheet of four records whose preview
 * follows the mapping (no name: rejected; a birth date column that does not parse: rejected;
 * Сидорова: a duplicate), and which counts what the window asked of it.
 */
final class FakeImportSteps implements ImportSteps {

    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    final AtomicInteger previews = new AtomicInteger();
    final AtomicInteger imports = new AtomicInteger();
    final AtomicReference<ColumnMapping> importedWith = new AtomicReference<>();
    /** When set, reading the file fails with it. */
    volatile RuntimeException readFailure;

    @Override
    public ImportTable read(Path file) {
        if (readFailure != null) {
            throw readFailure;
        }
        return new ImportTable(file, ImportFormat.CSV, "windows-1251", List.of("ФИО", "Телефон", "Дата рождения"),
                List.of(new ImportLine(2, List.of("Иванова Анна Петровна", "+7 900 111-22-33", "12.03.1985")),
                        new ImportLine(3, List.of("Петров Борис", "+7 900 222-33-44", "31.02.1990")),
                        new ImportLine(4, List.of("", "+7 900 333-00-00", "")),
                        new ImportLine(5, List.of("Сидорова Вера", "+7 900 555-66-77", "01.01.1970"))),
                List.of());
    }

    @Override
    public ColumnMapping guess(ImportTable table) {
        return new ColumnMapping(List.of(ClientField.FULL_NAME, ClientField.PHONE, ClientField.SKIP));
    }

    @Override
    public ImportPreview preview(ImportTable table, ColumnMapping mapping) {
        previews.incrementAndGet();
        List<ImportRow> rows = new ArrayList<>();
        for (ImportLine line : table.lines()) {
            rows.add(row(line, mapping));
        }
        return new ImportPreview(table, mapping, rows);
    }

    private static ImportRow row(ImportLine line, ColumnMapping mapping) {
        String name = cell(line, mapping, ClientField.FULL_NAME);
        if (name.isEmpty()) {
            return new ImportRow(line.line(), ImportRow.Outcome.REJECTED, Optional.empty(),
                    "validation.firstName.required", List.of());
        }
        String[] parts = (name + "  ").split(" ", 3);
        ClientBuilder card = new ClientBuilder().name(parts[0], parts[1], parts[2].strip());
        String birth = cell(line, mapping, ClientField.BIRTH_DATE);
        if (!birth.isEmpty()) {
            try {
                card.birthDate(LocalDate.parse(birth, DOTTED));
            } catch (DateTimeParseException e) {
                return new ImportRow(line.line(), ImportRow.Outcome.REJECTED, Optional.empty(),
                        "validation.date.format", List.of());
            }
        }
        ImportRow.Outcome outcome = name.startsWith("Сидорова") ? ImportRow.Outcome.DUPLICATE : ImportRow.Outcome.IMPORT;
        return new ImportRow(line.line(), outcome, Optional.of(card.build()), "", List.of());
    }

    private static String cell(ImportLine line, ColumnMapping mapping, ClientField field) {
        for (int column = 0; column < mapping.fields().size(); column++) {
            if (mapping.of(column) == field) {
                return line.cell(column).strip();
            }
        }
        return "";
    }

    @Override
    public ImportReport importAll(ImportTable table, ColumnMapping mapping) {
        imports.incrementAndGet();
        importedWith.set(mapping);
        ImportPreview preview = preview(table, mapping);
        List<ImportRow> rows = preview.rows();
        return new ImportReport((int) preview.count(ImportRow.Outcome.IMPORT),
                rows.stream().filter(r -> r.outcome() == ImportRow.Outcome.DUPLICATE).toList(),
                rows.stream().filter(r -> r.outcome() == ImportRow.Outcome.REJECTED).toList());
    }

    static RuntimeException unreadable() {
        return new RuleException("validation.date.format");
    }
}
