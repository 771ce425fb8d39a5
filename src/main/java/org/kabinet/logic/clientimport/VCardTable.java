package org.kabinet.logic.clientimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.export.VCardReader;

/** Phone contacts as a table: one column per kind of vCard property Kabinet reads. */
final class VCardTable {

    static final String FAMILY = "Family name (N)";
    static final String GIVEN = "Given name (N)";
    static final String MIDDLE = "Middle name (N)";
    static final String FORMATTED = "Full name (FN)";
    static final String PHONE = "Phone (TEL)";
    static final String EMAIL = "E-mail (EMAIL)";
    static final String BIRTHDAY = "Birthday (BDAY)";
    static final String CITY = "City (ADR)";
    static final String ORGANIZATION = "Organization (ORG)";
    static final String TITLE = "Job title (TITLE)";
    static final String NOTE = "Note (NOTE)";

    private VCardTable() {
    }

    static ImportTable of(Path file, String encoding, List<VCardReader.Contact> contacts) {
        int phoneColumns = Math.max(1, contacts.stream().mapToInt(c -> c.phones().size()).max().orElse(1));
        List<String> headers = new ArrayList<>(List.of(FAMILY, GIVEN, MIDDLE, FORMATTED));
        for (int i = 1; i <= phoneColumns; i++) {
            headers.add(i == 1 ? PHONE : PHONE + " " + i);
        }
        headers.addAll(List.of(EMAIL, BIRTHDAY, CITY, ORGANIZATION, TITLE, NOTE));
        List<ImportLine> lines = new ArrayList<>();
        for (VCardReader.Contact c : contacts) {
            List<String> cells = new ArrayList<>(List.of(c.family(), c.given(), c.additional(), c.formatted()));
            for (int i = 0; i < phoneColumns; i++) {
                cells.add(i < c.phones().size() ? c.phones().get(i) : "");
            }
            cells.addAll(List.of(c.emails().isEmpty() ? "" : c.emails().get(0), c.birthday(), c.city(),
                    c.organization(), c.title(), c.note()));
            lines.add(new ImportLine(c.line(), cells));
        }
        return new ImportTable(file, ImportFormat.VCARD, encoding, headers, lines, List.of());
    }

    static ColumnMapping mapping(List<String> headers) {
        return new ColumnMapping(headers.stream().map(VCardTable::field).toList());
    }

    private static ClientField field(String header) {
        if (header.startsWith(PHONE)) {
            return ClientField.PHONE;
        }
        return switch (header) {
            case FAMILY -> ClientField.LAST_NAME;
            case GIVEN -> ClientField.FIRST_NAME;
            case MIDDLE -> ClientField.PATRONYMIC;
            case FORMATTED -> ClientField.FULL_NAME;
            case EMAIL -> ClientField.EMAIL;
            case BIRTHDAY -> ClientField.BIRTH_DATE;
            case CITY -> ClientField.CITY;
            case TITLE -> ClientField.OCCUPATION;
            case NOTE -> ClientField.REQUEST;
            default -> ClientField.SKIP;
        };
    }
}
