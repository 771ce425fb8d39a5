package org.kabinet.model;

/** How a client is named on a printed sheet: in full, by first name, or by initials (privacy). */
public enum NameOnSheet {
    FULL,
    FIRST_NAME,
    INITIALS;

    public String of(PersonName name) {
        return switch (this) {
            case FULL -> name.full();
            case FIRST_NAME -> name.firstName();
            case INITIALS -> initials(name);
        };
    }

    private static String initials(PersonName name) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {name.firstName(), name.patronymic(), name.lastName()}) {
            if (part != null && !part.isBlank()) {
                b.append(part.strip().charAt(0)).append('.');
            }
        }
        return b.toString();
    }
}
