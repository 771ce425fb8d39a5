package org.kabinet.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a practice JSON file (docs/json-format.md) as a stream and hands its header, then each
 * table and row, to a {@link Handler}; a practice of any size never has to fit in memory. It
 * checks only that the file is well-formed JSON of the right shape; what the header and the rows
 * must say is for the handler to decide.
 */
public final class PracticeJsonReader {

    /** Told what the file holds, in order. Whatever it throws ends the reading. */
    public interface Handler {

        /** Once, before any table: the fields found before "tables" (the format writes them first). */
        void header(PracticeJsonHeader header);

        /** A table's rows follow; {@code line} is where its name is in the file. */
        void table(String name, int line);

        /**
         * One row of the current table: column → Long, Double, String (BLOBs as base64) or null,
         * in the file's order. {@code number} counts the table's rows from 1.
         */
        void row(Map<String, Object> values, long number, int line);
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final Path file;
    private final JsonParser parser;
    private final Handler handler;

    private PracticeJsonReader(Path file, JsonParser parser, Handler handler) {
        this.file = file;
        this.parser = parser;
        this.handler = handler;
    }

    /**
     * @throws ExportException {@code json.error.missing}, {@code json.error.read},
     *     {@code json.error.malformed} (with the line and column), {@code json.error.foreign},
     *     {@code json.error.value}; or whatever the handler throws
     */
    public static void read(Path file, Handler handler) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = FACTORY.createParser(in)) {
            try {
                new PracticeJsonReader(file, parser, handler).document();
            } catch (StreamConstraintsException e) {
                // Past the parser's limits (nesting thousands deep, a value of many megabytes): no
                // export of ours looks like that, so it is a broken file, said where it breaks.
                JsonLocation at = parser.currentLocation();
                throw new ExportException("json.error.malformed", null, file.toAbsolutePath(), at.getLineNr(),
                        at.getColumnNr());
            }
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            // Not the parser's exception as the cause: its message quotes the file's own words
            // (a client's name), and causes reach the log.
            throw new ExportException("json.error.malformed", null, file.toAbsolutePath(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (NoSuchFileException e) {
            throw new ExportException("json.error.missing", e, file.toAbsolutePath());
        } catch (AccessDeniedException e) {
            throw new ExportException("json.error.read", e, file.toAbsolutePath(), "permission denied");
        } catch (IOException e) {
            throw new ExportException("json.error.read", e, file.toAbsolutePath(), String.valueOf(e.getMessage()));
        }
    }

    private void document() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw foreign();
        }
        String format = null;
        Integer formatVersion = null;
        Integer schemaVersion = null;
        Boolean includesPrivate = null;
        boolean tablesRead = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "format" -> format = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "formatVersion" -> formatVersion = intOrNull(value);
                case "schemaVersion" -> schemaVersion = intOrNull(value);
                case "includesPrivateNotes" -> includesPrivate = value.isBoolean() ? parser.getBooleanValue() : null;
                case "tables" -> {
                    handler.header(new PracticeJsonHeader(format, formatVersion, schemaVersion, includesPrivate));
                    if (value != JsonToken.START_OBJECT) {
                        throw foreign();
                    }
                    tables();
                    tablesRead = true;
                }
                // Fields a later minor addition may bring are passed over, as the versioning rule says.
                default -> parser.skipChildren();
            }
        }
        if (!tablesRead) {
            handler.header(new PracticeJsonHeader(format, formatVersion, schemaVersion, includesPrivate));
            throw new ExportException("json.error.noTables", null, file.toAbsolutePath());
        }
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new ExportException("json.error.malformed", null, file.toAbsolutePath(), at.getLineNr(),
                    at.getColumnNr());
        }
    }

    private Integer intOrNull(JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                ? parser.getIntValue() : null;
    }

    private void tables() throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String table = parser.currentName();
            handler.table(table, parser.currentTokenLocation().getLineNr());
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw unexpected(table, "");
            }
            long number = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    throw unexpected(table, "");
                }
                int line = parser.currentTokenLocation().getLineNr();
                handler.row(row(table), ++number, line);
            }
        }
    }

    private Map<String, Object> row(String table) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String column = parser.currentName();
            JsonToken token = parser.nextToken();
            values.put(column, switch (token) {
                case VALUE_NULL -> null;
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT -> {
                    JsonParser.NumberType type = parser.getNumberType();
                    if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                        throw unexpected(table, column);
                    }
                    yield parser.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                default -> throw unexpected(table, column);
            });
        }
        return values;
    }

    private ExportException unexpected(String table, String column) {
        JsonLocation at = parser.currentTokenLocation();
        return new ExportException("json.error.value", null, file.toAbsolutePath(),
                column.isEmpty() ? table : table + "." + column, at.getLineNr(), at.getColumnNr());
    }

    private ExportException foreign() {
        return new ExportException("json.error.foreign", null, file.toAbsolutePath());
    }
}
