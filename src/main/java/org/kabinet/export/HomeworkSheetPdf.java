package org.kabinet.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes homework sheets, one or more clients in one PDF, each sheet starting on its own page. */
public final class HomeworkSheetPdf {

    private static final int LINES_PER_QUESTION = 4;
    private static final int LINES_FOR_FREE_TEXT = 6;

    private HomeworkSheetPdf() {
    }

    /** @throws ExportException when the file cannot be written; nothing is left under {@code out} */
    public static void write(SheetHeader header, HomeworkSheet.Labels labels, List<HomeworkSheet> sheets, Path out) {
        try (PDDocument doc = new PDDocument()) {
            try (PageFlow flow = new PageFlow(doc, header)) {
                for (HomeworkSheet sheet : sheets) {
                    flow.startSheet();
                    layOut(flow, labels, sheet);
                }
            }
            AtomicFile.write(out, doc::save);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out a homework sheet", e);
        }
    }

    private static void layOut(PageFlow flow, HomeworkSheet.Labels labels, HomeworkSheet sheet) throws IOException {
        flow.title(labels.title());
        flow.body(labels.client() + ": " + sheet.clientName());
        flow.body(labels.date() + ": " + sheet.date());
        if (!sheet.lesson().isEmpty()) {
            flow.body(labels.lesson() + ": " + sheet.lesson());
        }
        for (HomeworkSheet.Item item : sheet.items()) {
            flow.space(16);
            flow.heading(item.title());
            if (!item.purpose().isEmpty()) {
                flow.muted(item.purpose());
                flow.space(4);
            }
            if (!item.duration().isEmpty() || !item.frequency().isEmpty()) {
                flow.muted(timing(labels, item));
                flow.space(4);
            }
            if (!item.steps().isEmpty()) {
                flow.label(labels.steps());
                int n = 1;
                for (String step : item.steps()) {
                    flow.item(n++ + ".", step);
                }
            }
            if (!item.instructions().isEmpty()) {
                flow.body(item.instructions());
            }
            if (!item.forYou().isEmpty()) {
                flow.space(6);
                flow.label(labels.forYou());
                flow.body(item.forYou());
            }
            flow.space(8);
            // The answers label never ends a page alone: it goes with its first question and lines.
            flow.keep(PageFlow.BODY * 4 + 2 * 24);
            if (item.questions().isEmpty()) {
                flow.label(labels.notes());
                flow.ruledLines(LINES_FOR_FREE_TEXT);
            } else {
                flow.label(labels.answers());
                for (String question : item.questions()) {
                    flow.space(2);
                    flow.keep(PageFlow.BODY * 2 + 2 * 24);
                    flow.body(question);
                    flow.ruledLines(LINES_PER_QUESTION);
                }
            }
        }
    }

    private static String timing(HomeworkSheet.Labels labels, HomeworkSheet.Item item) {
        StringBuilder b = new StringBuilder();
        if (!item.duration().isEmpty()) {
            b.append(labels.duration()).append(": ").append(item.duration());
        }
        if (!item.frequency().isEmpty()) {
            b.append(b.length() > 0 ? "   ·   " : "").append(labels.frequency()).append(": ").append(item.frequency());
        }
        return b.toString();
    }
}
