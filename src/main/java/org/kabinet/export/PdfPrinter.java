package org.kabinet.export;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Sends a PDF to a printer through the system's print dialog. Never called headless. */
public final class PdfPrinter {

    private PdfPrinter() {
    }

    /**
     * Shows the print dialog for {@code pdf}; false when she cancelled it.
     *
     * @throws ExportException {@code sheet.error.noPrinter} when the system has no printer,
     *     {@code sheet.error.print} when printing failed
     */
    public static boolean print(Path pdf) {
        PrinterJob job = PrinterJob.getPrinterJob();
        if (PrinterJob.lookupPrintServices().length == 0) {
            throw new ExportException("sheet.error.noPrinter", null);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            job.setPageable(new PDFPageable(doc));
            job.setJobName(pdf.getFileName().toString());
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        } catch (IOException | PrinterException e) {
            throw new ExportException("sheet.error.print", e, String.valueOf(e.getMessage()));
        }
    }
}
