package org.kabinet.export;

import java.awt.Color;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kabinet.model.PaperSize;

/**
 * Lays text out down the page and onto further pages: wraps lines measured with the font, never
 * writes past the bottom margin, and puts the practice header and "1 / 2" footer on every page
 * of a sheet.
 */
final class PageFlow implements AutoCloseable {

    static final float BODY = 10.5f;
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 20 * MM;
    private static final float HEADER_SIZE = 8.5f;
    private static final float RULE_GAP = 24f;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    private static final Color RULE = new Color(0xb8, 0xb8, 0xb8);

    private final PDDocument doc;
    private final SheetFonts fonts;
    private final PDRectangle size;
    private final SheetHeader header;
    private final List<PDPage> sheetPages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PageFlow(PDDocument doc, SheetHeader header) throws IOException {
        this.doc = doc;
        this.fonts = SheetFonts.embedIn(doc);
        this.size = header.paper() == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        this.header = header;
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private float top() {
        return size.getHeight() - MARGIN - (header.isEmpty() ? 0 : 2 * HEADER_SIZE + 10 + practiceLine());
    }

    /** The height of the practice's name above her own in the header; none without a name. */
    private float practiceLine() {
        return header.practice().isEmpty() ? 0 : HEADER_SIZE * 1.3f;
    }

    /** Starts a sheet on a new page; its pages are numbered on their own. */
    void startSheet() throws IOException {
        finishSheet();
        newPage();
    }

    /** Numbers the pages of the sheet just laid out: "1 / 2". */
    void finishSheet() throws IOException {
        closeStream();
        int total = sheetPages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, sheetPages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = SheetFonts.printable(MessageFormat.format(header.pageLabel(), i + 1, total));
                float w = fonts.regular.getStringWidth(label) / 1000 * HEADER_SIZE;
                write(s, fonts.regular, HEADER_SIZE, MUTED, label, (size.getWidth() - w) / 2, MARGIN / 2);
            }
        }
        sheetPages.clear();
    }

    private void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(size);
        doc.addPage(page);
        sheetPages.add(page);
        out = new PDPageContentStream(doc, page);
        float yTop = size.getHeight() - MARGIN;
        if (!header.isEmpty()) {
            if (!header.practice().isEmpty()) {
                write(out, fonts.bold, HEADER_SIZE, INK, fit(SheetFonts.printable(header.practice()), fonts.bold,
                        HEADER_SIZE), MARGIN, yTop);
                yTop -= practiceLine();
            }
            write(out, fonts.bold, HEADER_SIZE, MUTED, SheetFonts.printable(header.practitioner()), MARGIN, yTop);
            String contacts = SheetFonts.printable(header.contacts().replace('\n', ' '));
            write(out, fonts.regular, HEADER_SIZE, MUTED, fit(contacts, fonts.regular, HEADER_SIZE), MARGIN,
                    yTop - HEADER_SIZE * 1.3f);
            float lineY = yTop - 2 * HEADER_SIZE - 4;
            out.setStrokingColor(RULE);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, lineY);
            out.lineTo(size.getWidth() - MARGIN, lineY);
            out.stroke();
        }
        y = top();
    }

    /** Vertical space, unless at the top of a page. */
    void space(float points) {
        if (y < top()) {
            y -= points;
        }
    }

    /** Makes sure {@code points} fit below, else goes on to a new page (keeps a heading with its text). */
    void keep(float points) throws IOException {
        if (y - points < MARGIN) {
            newPage();
        }
    }

    void title(String text) throws IOException {
        paragraph(text, true, 17, INK, 0);
        space(4);
    }

    void heading(String text) throws IOException {
        keep(13 * 1.35f + BODY * 3);
        paragraph(text, true, 13, INK, 0);
        space(2);
    }

    void label(String text) throws IOException {
        keep(BODY * 3.5f);
        paragraph(text, true, BODY, INK, 0);
    }

    void muted(String text) throws IOException {
        paragraph(text, false, 9.5f, MUTED, 0);
    }

    void body(String text) throws IOException {
        paragraph(text, false, BODY, INK, 0);
    }

    /** A numbered or bulleted item: the marker hangs left of the wrapped text. */
    void item(String marker, String text) throws IOException {
        float indent = 22;
        float leading = BODY * 1.4f;
        keep(leading);
        String m = SheetFonts.printable(marker);
        // Markers are right-aligned, so "9." and "10." line their texts up.
        write(out, fonts.regular, BODY, INK, m, MARGIN + indent - 5 - widthOf(m, fonts.regular, BODY), y - BODY);
        paragraph(text, false, BODY, INK, indent);
    }

    /** Ruled lines for a handwritten answer. */
    void ruledLines(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            keep(RULE_GAP);
            y -= RULE_GAP;
            out.setStrokingColor(RULE);
            out.setLineWidth(0.6f);
            out.moveTo(MARGIN, y);
            out.lineTo(size.getWidth() - MARGIN, y);
            out.stroke();
        }
        y -= 6;
    }

    /** Text in lines; each line of {@code text} starts a new line, and long ones wrap. */
    private void paragraph(String text, boolean bold, float fontSize, Color color, float indent) throws IOException {
        PDType0Font font = bold ? fonts.bold : fonts.regular;
        float leading = fontSize * 1.4f;
        for (String source : text.split("\n", -1)) {
            for (String line : wrap(SheetFonts.printable(source).strip(), font, fontSize, width() - indent)) {
                keep(leading);
                y -= leading;
                write(out, font, fontSize, color, line, MARGIN + indent, y + (leading - fontSize));
            }
        }
    }

    private static List<String> wrap(String text, PDType0Font font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (widthOf(candidate, font, fontSize) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the line (a long link, say) is broken where it must be.
            String rest = word;
            while (widthOf(rest, font, fontSize) > width) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length()
                        && widthOf(rest.substring(0, rest.offsetByCodePoints(cut, 1)), font, fontSize) <= width) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private String fit(String text, PDType0Font font, float fontSize) throws IOException {
        String t = text;
        while (t.length() > 2 && widthOf(t, font, fontSize) > width()) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }

    private static float widthOf(String text, PDType0Font font, float fontSize) throws IOException {
        return font.getStringWidth(text) / 1000 * fontSize;
    }

    private static void write(PDPageContentStream s, PDType0Font font, float fontSize, Color color, String text,
            float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        s.beginText();
        s.setFont(font, fontSize);
        s.setNonStrokingColor(color);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        finishSheet();
    }
}
