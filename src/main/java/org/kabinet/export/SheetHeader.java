package org.kabinet.export;

import org.kabinet.model.PaperSize;

/**
 * What every page of a sheet carries: the practice's name (when she gave one), her name and
 * contacts at the top, the paper, and the page label pattern for the footer ("{0} / {1}").
 */
public record SheetHeader(String practice, String practitioner, String contacts, PaperSize paper, String pageLabel) {

    /** A header without a practice name. */
    public SheetHeader(String practitioner, String contacts, PaperSize paper, String pageLabel) {
        this("", practitioner, contacts, paper, pageLabel);
    }

    public SheetHeader {
        practice = practice == null ? "" : practice.strip();
        practitioner = practitioner == null ? "" : practitioner.strip();
        contacts = contacts == null ? "" : contacts.strip();
        paper = paper == null ? PaperSize.A4 : paper;
        pageLabel = pageLabel == null || pageLabel.isBlank() ? "{0} / {1}" : pageLabel;
    }

    boolean isEmpty() {
        return practice.isEmpty() && practitioner.isEmpty() && contacts.isEmpty();
    }
}
