package org.kabinet.export;

import java.nio.file.Path;

/** Sends a PDF to a printer through the system's print dialog. (Being built.) */
public final class PdfPrinter {

    private PdfPrinter() {
    }

    /** Shows the print dialog for {@code pdf}; false when she cancelled it. */
    public static boolean print(Path pdf) {
        throw new UnsupportedOperationException("not built yet");
    }
}
