package org.kabinet.model;

/**
 * What printed sheets carry and how: her name and contacts for the header, the paper, and how
 * the client is named.
 */
public record SheetSettings(String practitioner, String contacts, PaperSize paper, NameOnSheet names) {

    public static final SheetSettings DEFAULT = new SheetSettings("", "", PaperSize.A4, NameOnSheet.FULL);

    public SheetSettings {
        practitioner = Text.clean(practitioner);
        contacts = contacts == null ? "" : contacts.strip();
        paper = paper == null ? PaperSize.A4 : paper;
        names = names == null ? NameOnSheet.FULL : names;
    }
}
