package org.kabinet.logic.clientimport;

/**
 * What a column of an imported file holds, as the column mapping says: a field of the client
 * card, or {@link #SKIP}. The window shows each in the user's language
 * ({@code clientImport.field.NAME}).
 */
public enum ClientField {
    SKIP,
    /** "Иванова Анна Петровна" or "Anna Ivanova" in one column, split as the card splits names. */
    FULL_NAME,
    LAST_NAME,
    FIRST_NAME,
    PATRONYMIC,
    PHONE,
    EMAIL,
    MESSENGER,
    BIRTH_DATE,
    SEX,
    CITY,
    OCCUPATION,
    FIRST_CONTACT,
    /** How she found the practice: matched to a source by name, a new source when none matches. */
    SOURCE,
    /** Who recommended her: matched to an existing client by name. */
    REFERRED_BY,
    REQUEST,
}
