package org.kabinet.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, from the jasperreports-fonts jar: read once, embedded (as a
 * subset) into each sheet, so Cyrillic and Latin print the same on every computer.
 */
final class SheetFonts {

    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");
    private static final GlyphCheck CHECK = new GlyphCheck(REGULAR, BOLD);

    final PDType0Font regular;
    final PDType0Font bold;

    private SheetFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static SheetFonts embedIn(PDDocument doc) throws IOException {
        return new SheetFonts(PDType0Font.load(doc, new RandomAccessReadBuffer(REGULAR), true, false),
                PDType0Font.load(doc, new RandomAccessReadBuffer(BOLD), true, false));
    }

    /**
     * {@code text} with every character both fonts lack replaced by U+FFFD (a visible diamond with
     * a question mark), so nothing is dropped silently; tabs and other controls become spaces.
     */
    static String printable(String text) {
        return CHECK.printable(text);
    }

    private static byte[] read(String name) {
        try (InputStream in = SheetFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + DIR + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + name, e);
        }
    }

    /** Which characters both fonts can draw, from their Unicode cmaps. */
    private static final class GlyphCheck {

        private static final int REPLACEMENT = 0xFFFD;

        private final CMapLookup regular;
        private final CMapLookup bold;

        GlyphCheck(byte[] regularTtf, byte[] boldTtf) {
            this.regular = new CMapLookup(regularTtf);
            this.bold = new CMapLookup(boldTtf);
        }

        synchronized String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    b.append(' ');
                } else if (regular.has(cp) && bold.has(cp)) {
                    b.appendCodePoint(cp);
                } else {
                    b.appendCodePoint(regular.has(REPLACEMENT) && bold.has(REPLACEMENT) ? REPLACEMENT : '?');
                }
            });
            return b.toString();
        }
    }

    /** A parsed font's Unicode cmap. */
    private static final class CMapLookup {

        private final org.apache.fontbox.ttf.CmapLookup cmap;

        CMapLookup(byte[] ttf) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                this.cmap = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse a sheet font", e);
            }
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }
}
