package org.kabinet.export;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file someone else wrote (a spreadsheet's CSV, a phone's contacts), decoded as
 * it was most likely encoded: a byte order mark says so; else bytes that are valid UTF-8 are
 * UTF-8; else Windows-1251, which is what Russian Excel saves "CSV (разделители — запятые)" in.
 */
public record TextFile(String text, String encoding) {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    public static TextFile decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextFile(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        // Excel's "Unicode text" is UTF-16 with a byte order mark.
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new TextFile(text, "UTF-8");
        } catch (CharacterCodingException e) {
            // Cyrillic in Windows-1251 is almost never valid UTF-8, so this guess is safe.
            return new TextFile(new String(bytes, WINDOWS_1251), "windows-1251");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
