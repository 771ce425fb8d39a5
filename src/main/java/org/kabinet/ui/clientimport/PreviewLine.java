package org.kabinet.ui.clientimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.clientimport.ClientField;
import org.kabinet.logic.clientimport.ColumnMapping;
import org.kabinet.logic.clientimport.ImportLine;
import org.kabinet.logic.clientimport.ImportPreview;
import org.kabinet.logic.clientimport.ImportRow;
import org.kabinet.model.Client;

/**
 * One row of the preview table, in words: the card as it would be written, or, for a record that
 * would not be, the file's own cells, so she can see which line it is.
 */
public record PreviewLine(int line, String name, String phone, String email, String birthDate, String source,
        ImportRow.Outcome outcome, String outcomeText) {

    /** The rows of {@code preview}, in the file's order ({@code dates} null: birth dates left out). */
    public static List<PreviewLine> of(ImportPreview preview, Messages messages, DateFormats dates) {
        Map<Integer, ImportLine> lines = preview.table().lines().stream()
                .collect(Collectors.toMap(ImportLine::line, Function.identity(), (a, b) -> a));
        List<PreviewLine> rows = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            Cells cells = new Cells(lines.get(row.line()), preview.mapping());
            String outcome = outcomeText(row, messages);
            String source = cells.joined(" / ", ClientField.SOURCE, ClientField.REFERRED_BY);
            rows.add(row.client().map(c -> fromCard(row, c, source, outcome, dates))
                    .orElseGet(() -> new PreviewLine(row.line(), cells.name(), cells.joined(", ", ClientField.PHONE),
                            cells.joined(", ", ClientField.EMAIL), cells.joined(", ", ClientField.BIRTH_DATE), source,
                            row.outcome(), outcome)));
        }
        return rows;
    }

    private static PreviewLine fromCard(ImportRow row, Client c, String source, String outcome, DateFormats dates) {
        return new PreviewLine(row.line(), c.name().full(), c.contacts().mainPhone(), c.contacts().email(),
                c.birthDate() == null || dates == null ? "" : dates.format(c.birthDate()), source, row.outcome(), outcome);
    }

    /** "Will be imported", "Skipped: …" or "Rejected: …", with the logic's reason in her language. */
    public static String outcomeText(ImportRow row, Messages messages) {
        String reason = reason(row, messages);
        return switch (row.outcome()) {
            // A remark is a sentence of its own ("Imported; the referrer … was not found").
            case IMPORT -> reason.isEmpty() ? messages.get("clientImport.window.outcome.import")
                    : messages.get("clientImport.window.outcome.importWithRemark", reason);
            case DUPLICATE -> messages.get("clientImport.window.outcome.duplicate",
                    reason.isEmpty() ? messages.get("clientImport.window.outcome.duplicateUnknown") : reason);
            case REJECTED -> messages.get("clientImport.window.outcome.rejected", reason);
        };
    }

    /** The logic's reason for {@code row} in her language, or "" when it gives none. */
    public static String reason(ImportRow row, Messages messages) {
        return row.reasonKey() == null || row.reasonKey().isEmpty() ? ""
                : messages.get(row.reasonKey(), row.reasonArgs().toArray());
    }

    /** The cells of one record, by the field the mapping sends them to. */
    private record Cells(ImportLine line, ColumnMapping mapping) {

        String joined(String separator, ClientField... fields) {
            if (line == null) {
                return "";
            }
            List<String> found = new ArrayList<>();
            for (ClientField field : fields) {
                for (int column = 0; column < mapping.fields().size(); column++) {
                    String cell = line.cell(column).strip();
                    if (mapping.of(column) == field && !cell.isEmpty()) {
                        found.add(cell);
                    }
                }
            }
            return String.join(separator, found);
        }

        String name() {
            String full = joined(" ", ClientField.FULL_NAME);
            return !full.isEmpty() ? full
                    : joined(" ", ClientField.LAST_NAME, ClientField.FIRST_NAME, ClientField.PATRONYMIC);
        }
    }
}
