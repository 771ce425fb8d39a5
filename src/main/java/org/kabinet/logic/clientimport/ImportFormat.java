package org.kabinet.logic.clientimport;

/** The kinds of file clients can be imported from. */
public enum ImportFormat {
    /** A spreadsheet saved as CSV (Excel, LibreOffice, Google Sheets): comma, semicolon or tab. */
    CSV,
    /** The CSV that Google Contacts exports (its own headers: "Given Name", "Phone 1 - Value"…). */
    GOOGLE_CONTACTS,
    /** A phone's contacts as vCard (.vcf, 2.1, 3.0 or 4.0), one or many per file. */
    VCARD,
}
