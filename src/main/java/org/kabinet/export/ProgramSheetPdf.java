package org.kabinet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes the information sheet about a program, with the same header and fonts as homework. */
public final class ProgramSheetPdf {

    private ProgramSheetPdf() {
    }

    /** @throws ExportException when the file cannot be written; nothing is left under {@code out} */
    public static void write(SheetHeader header, ProgramSheet sheet, Path out) {
        try (PDDocument doc = new PDDocument()) {
            try (PageFlow flow = new PageFlow(doc, header)) {
                flow.startSheet();
                flow.title(sheet.title());
                flow.body(sheet.introduction());
                flow.space(10);
                flow.heading(sheet.lessonsHeading());
                int n = 1;
                for (String lesson : sheet.lessons()) {
                    flow.item(n++ + ".", lesson);
                }
                for (ProgramSheet.Section section : sheet.sections()) {
                    flow.space(10);
                    flow.heading(section.heading());
                    flow.body(section.text());
                }
                if (!sheet.closing().isEmpty()) {
                    flow.space(14);
                    flow.muted(sheet.closing());
                }
            }
            AtomicFile.write(out, doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a program sheet", e);
        }
    }
}
