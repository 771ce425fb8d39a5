package org.kabinet.logic.clientimport;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CSV Google Contacts exports, in its old form ("Given Name", "Family Name", "Phone 1 -
 * Value") and its form since 2023 ("First Name", "Last Name", "Phone 1 - Value"). Its many other
 * columns (phonetic names, labels, photos) are skipped.
 */
final class GoogleContacts {

    private static final Set<String> NAME_HEADERS = Set.of("Given Name", "First Name");
    private static final Map<String, ClientField> FIXED = Map.ofEntries(
            Map.entry("Name", ClientField.FULL_NAME),
            Map.entry("Given Name", ClientField.FIRST_NAME),
            Map.entry("First Name", ClientField.FIRST_NAME),
            Map.entry("Additional Name", ClientField.PATRONYMIC),
            Map.entry("Middle Name", ClientField.PATRONYMIC),
            Map.entry("Family Name", ClientField.LAST_NAME),
            Map.entry("Last Name", ClientField.LAST_NAME),
            Map.entry("Birthday", ClientField.BIRTH_DATE),
            Map.entry("Notes", ClientField.REQUEST),
            Map.entry("E-mail 1 - Value", ClientField.EMAIL),
            Map.entry("Address 1 - City", ClientField.CITY),
            Map.entry("Organization 1 - Title", ClientField.OCCUPATION),
            Map.entry("Organization Title", ClientField.OCCUPATION));

    private GoogleContacts() {
    }

    /** Whether these are Google Contacts' headers: a given name and a numbered phone or e-mail. */
    static boolean matches(List<String> headers) {
        boolean name = headers.stream().anyMatch(NAME_HEADERS::contains);
        boolean numbered = headers.contains("Phone 1 - Value") || headers.contains("E-mail 1 - Value");
        return name && numbered;
    }

    static ColumnMapping mapping(List<String> headers) {
        return new ColumnMapping(headers.stream().map(GoogleContacts::field).toList());
    }

    private static ClientField field(String header) {
        if (header.startsWith("Phone ") && header.endsWith(" - Value")) {
            return ClientField.PHONE;
        }
        return FIXED.getOrDefault(header, ClientField.SKIP);
    }
}
