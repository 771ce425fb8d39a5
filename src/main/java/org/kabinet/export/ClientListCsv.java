package org.kabinet.export;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as CSV that Excel opens with Cyrillic intact: UTF-8 with a byte order mark
 * (without it Excel reads the bytes as the system's ANSI code page), CRLF line ends, RFC 4180
 * quoting. All or nothing.
 */
public final class ClientListCsv {

    private ClientListCsv() {
    }

    /** @throws ExportException when the file cannot be written; no half file is left */
    public static void write(Path out, char delimiter, List<String> headers, List<List<String>> rows) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
        AtomicFile.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, format);
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
