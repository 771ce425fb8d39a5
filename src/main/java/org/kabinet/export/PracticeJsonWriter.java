package org.kabinet.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a practice JSON file (docs/json-format.md) as a stream, row by row, so that a practice of
 * any size never has to fit in memory. Nothing in it depends on when it was written: the same
 * practice always gives the same bytes.
 */
public final class PracticeJsonWriter {

    /** Writes the tables, in order, with {@link #startTable}, {@link #row} and {@link #endTable}. */
    @FunctionalInterface
    public interface Body {
        void writeTables(PracticeJsonWriter out);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator gen;
    private List<String> columns;

    private PracticeJsonWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    /**
     * Writes the file all or nothing: a failure (of the body too) leaves no half-written file.
     *
     * @throws ExportException {@code sheet.error.denied} or {@code sheet.error.write}, with the file
     */
    public static void write(Path out, PracticeJsonHeader header, Body body) {
        AtomicFile.write(out, stream -> {
            try (JsonGenerator gen = FACTORY.createGenerator(stream, JsonEncoding.UTF8)) {
                gen.setPrettyPrinter(new JsonLayout());
                gen.writeStartObject();
                gen.writeStringField("format", header.format());
                gen.writeNumberField("formatVersion", header.formatVersion());
                gen.writeNumberField("schemaVersion", header.schemaVersion());
                gen.writeBooleanField("includesPrivateNotes", header.includesPrivateNotes());
                gen.writeFieldName("tables");
                gen.writeStartObject();
                try {
                    body.writeTables(new PracticeJsonWriter(gen));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                gen.writeEndObject();
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
        });
    }

    /** Begins the rows of {@code table}, whose rows carry {@code columnNames} in this order. */
    public void startTable(String table, List<String> columnNames) {
        this.columns = List.copyOf(columnNames);
        try {
            gen.writeFieldName(table);
            gen.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: Long, Double, String, byte[] (as base64) or null, one for each column. */
    public void row(Object[] values) {
        try {
            gen.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                gen.writeFieldName(columns.get(i));
                writeValue(values[i]);
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeValue(Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof Long n) {
            gen.writeNumber(n);
        } else if (value instanceof Integer n) {
            gen.writeNumber(n);
        } else if (value instanceof Double d) {
            gen.writeNumber(d);
        } else if (value instanceof byte[] bytes) {
            gen.writeBinary(bytes);
        } else {
            gen.writeString(value.toString());
        }
    }

    public void endTable() {
        try {
            gen.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
