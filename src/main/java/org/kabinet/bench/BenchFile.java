package org.kabinet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.kabinet.storage.RawSqlite;

/**
 * What the benchmark needs to know about its file before it starts, read directly: how big the
 * practice is, the client with the most history (whose card is opened), the program of the report,
 * the homework of the sheet, and the searches typed (in the language the demo was written in).
 */
public record BenchFile(Path path, double sizeMb, long clients, long sessions, long notes, long homework,
        long busiestClient, long busiestSessions, double busiestYears, long programId, List<Long> sheetHomework,
        List<String> queries) {

    /** Searches a practitioner types, in Russian: word beginnings, two words, names, phone digits. */
    private static final List<String> QUERIES_RU = List.of("отц", "отц болезн", "страх смерти", "пуст стул",
            "письм", "иванова", "ольга", "9161", "+7 916", "обид");
    private static final List<String> QUERIES_EN = List.of("fath", "father ill", "fear of death", "empty chair",
            "letter", "smith", "olga", "9161", "+1 555", "grievance");

    /** The queries one after another, from the first again after the last: a new supplier starts over. */
    Supplier<String> queriesInTurn() {
        int[] next = {0};
        return () -> queries.get(next[0]++ % queries.size());
    }

    static BenchFile read(Path path) throws IOException {
        try (RawSqlite raw = RawSqlite.open(path)) {
            long busiest = raw.number("SELECT client_id FROM session GROUP BY client_id ORDER BY count(*) DESC, "
                    + "client_id LIMIT 1");
            long busiestSessions = raw.number("SELECT count(*) FROM session WHERE client_id = ?", busiest);
            long days = raw.number("SELECT CAST(julianday(max(starts_at)) - julianday(min(starts_at)) AS INTEGER) "
                    + "FROM session WHERE client_id = ?", busiest);
            long program = raw.number("SELECT id FROM program ORDER BY id LIMIT 1");
            List<Long> sheet = raw.numbers("SELECT id FROM homework WHERE client_id = ? "
                    + "ORDER BY assigned_on DESC, id DESC LIMIT 3", busiest);
            boolean russian = raw.number("SELECT count(*) FROM client WHERE last_name GLOB '*[а-яА-ЯёЁ]*'") > 0;
            return new BenchFile(path, Files.size(path) / 1e6, raw.number("SELECT count(*) FROM client"),
                    raw.number("SELECT count(*) FROM session"), raw.number("SELECT count(*) FROM note"),
                    raw.number("SELECT count(*) FROM homework"), busiest, busiestSessions, days / 365.25, program,
                    sheet, russian ? QUERIES_RU : QUERIES_EN);
        }
    }
}
