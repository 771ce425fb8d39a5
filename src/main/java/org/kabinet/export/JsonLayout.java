package org.kabinet.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The practice file's layout: the header and the tables indented, each row on a line of its own.
 * Readable in a text editor and easy to compare line by line, yet about as small as compact JSON.
 * Always "\n", never the system's line separator, so the same practice gives the same bytes on
 * every computer.
 */
final class JsonLayout implements PrettyPrinter {

    /** Objects this deep or deeper (the rows) stay on one line. */
    private static final int INLINE_DEPTH = 4;

    private int depth;

    private static void newLine(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < level; i++) {
            g.writeRaw("  ");
        }
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth < INLINE_DEPTH) {
            newLine(g, depth);
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (depth < INLINE_DEPTH) {
            newLine(g, depth);
        } else {
            g.writeRaw(' ');
        }
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        if (entries > 0 && depth + 1 < INLINE_DEPTH) {
            newLine(g, depth);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g, depth);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g, depth);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        if (values > 0) {
            newLine(g, depth);
        }
        g.writeRaw(']');
    }
}
