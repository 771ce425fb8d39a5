package org.kabinet.export;

import org.kabinet.model.PaperSize;

/**
 * What every page of a sheet carries: her name and contacts at the top, the paper, and the page
 * label pattern for the footer ("{0} / {1}").
 */
public record SheetHeader(String practitioner, String contacts, PaperSize paper, String pageLabel) {

    public SheetHeader {
        practitioner = practitioner == null ? "" : practitioner.strip();
        contacts = contacts == null ? "" : contacts.strip();
        paper = paper == null ? PaperSize.A4 : paper;
        pageLabel = pageLabel == null || pageLabel.isBlank() ? "{0} / {1}" : pageLabel;
    }

    boolean isEmpty() {
        return practitioner.isEmpty() && contacts.isEmpty();
    }
}
