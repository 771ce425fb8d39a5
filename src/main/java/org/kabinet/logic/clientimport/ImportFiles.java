package org.kabinet.logic.clientimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.export.CsvReader;
import org.kabinet.export.TextFile;
import org.kabinet.export.VCardReader;
import org.kabinet.logic.RuleException;

/** Reads a file into an {@link ImportTable}: its format by its content, not only by its name. */
final class ImportFiles {

    /** A contacts or spreadsheet file is kilobytes; a file past this is not one. */
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private ImportFiles() {
    }

    static ImportTable read(Path file) {
        byte[] bytes = bytes(file);
        if (isBinary(bytes, file)) {
            throw new RuleException("clientImport.unknownFormat", file);
        }
        TextFile text = TextFile.decode(bytes);
        ImportTable table = VCardReader.looksLikeVCard(text.text())
                ? VCardTable.of(file, text.encoding(), VCardReader.read(text.text()))
                : csv(file, text);
        if (table.lines().isEmpty() && table.unreadable().isEmpty()) {
            throw new RuleException("clientImport.empty", file);
        }
        return table;
    }

    private static byte[] bytes(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new RuleException("clientImport.unknownFormat", file);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RuleException("clientImport.missing", file);
        } catch (IOException e) {
            throw new RuleException("clientImport.unreadable", file);
        }
    }

    /**
     * A workbook (.xlsx, .ods are zip files; .xls an OLE file) or anything with NUL bytes outside
     * UTF-16 text: she should save it as CSV first, and the message says so.
     */
    private static boolean isBinary(byte[] bytes, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".ods")) {
            return true;
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static ImportTable csv(Path file, TextFile text) {
        CsvReader.Content content = CsvReader.read(text.text());
        if (content.records().isEmpty()) {
            throw new RuleException("clientImport.empty", file);
        }
        List<String> headers = content.records().get(0).cells();
        List<ImportLine> lines = new ArrayList<>();
        for (CsvReader.Record r : content.records().subList(1, content.records().size())) {
            lines.add(new ImportLine(r.line(), r.cells()));
        }
        List<ImportRow> unreadable = content.problems().stream()
                .map(p -> ImportRows.rejected(p.line(), p.kind() == CsvReader.Problem.Kind.UNCLOSED_QUOTE
                        ? "clientImport.reason.unclosedQuote" : "clientImport.reason.tooManyCells"))
                .toList();
        ImportFormat format = GoogleContacts.matches(headers) ? ImportFormat.GOOGLE_CONTACTS : ImportFormat.CSV;
        return new ImportTable(file, format, text.encoding(), headers, lines, unreadable);
    }
}
