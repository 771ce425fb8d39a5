package org.kabinet.logic.clientimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One record's cells by the field the mapping sends them to. */
final class RecordValues {

    /** People put several numbers in one cell; Google Contacts joins them with " ::: ". */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile(":::|[,;\\n]");

    private final Map<ClientField, String> first = new EnumMap<>(ClientField.class);
    private final List<String> phones = new ArrayList<>();

    RecordValues(ImportLine line, ColumnMapping mapping, int columns) {
        for (int column = 0; column < columns; column++) {
            ClientField field = mapping.of(column);
            String cell = line.cell(column).strip();
            if (field == ClientField.SKIP || cell.isEmpty()) {
                continue;
            }
            if (field == ClientField.PHONE) {
                for (String phone : PHONE_SEPARATORS.split(cell)) {
                    if (!phone.isBlank()) {
                        phones.add(phone.strip());
                    }
                }
            } else {
                first.putIfAbsent(field, cell);
            }
        }
    }

    /** The first non-empty cell sent to {@code field}, or "". */
    String get(ClientField field) {
        return first.getOrDefault(field, "");
    }

    List<String> phones() {
        return phones;
    }
}
