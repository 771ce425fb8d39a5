package org.kabinet.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kabinet.logic.search.SearchQuery;
import org.kabinet.logic.search.SearchService;
import org.kabinet.storage.RawSqlite;
import org.kabinet.storage.TableRows;

/**
 * The yardstick: the statements Kabinet's own work comes down to, run directly on the same file
 * (every value of every row read, nothing else done). Kabinet over this is the price of everything
 * it adds — mapping rows to objects, rules, snippets, words — and of any statement it could save.
 */
final class DirectWork {

    /** A client's card and history: each table that holds something of theirs. */
    private static final List<String> CLIENT_TABLES = List.of("client_phone", "client_goal", "client_problem",
            "client_status_change", "session", "enrolment", "note", "homework", "contact", "follow_up");
    private static final String NAME = "c.last_name, c.first_name, c.patronymic";
    private static final String MARKS = "'\uE000', '\uE001', '…', 14";
    private static final int PER_KIND = SearchService.PER_KIND;

    private final RawSqlite raw;

    DirectWork(RawSqlite raw) {
        this.raw = raw;
    }

    void openClient(long clientId) {
        raw.rows("SELECT * FROM client WHERE id = ?", clientId);
        for (String table : CLIENT_TABLES) {
            raw.rows("SELECT * FROM " + table + " WHERE client_id = ?", clientId);
        }
    }

    /** The statements of storage.SearchRepository for what was typed: each group's rows and count. */
    void search(String typed) {
        SearchQuery q = SearchQuery.of(typed);
        if (!q.phoneDigits().isEmpty()) {
            String like = "%" + q.phoneDigits() + "%";
            raw.rows("SELECT c.id, " + NAME + ", c.email, c.messenger, c.city, (SELECT group_concat(p.number, ', ') "
                    + "FROM client_phone p WHERE p.client_id = c.id) FROM client c WHERE c.id IN "
                    + "(SELECT client_id FROM client_phone WHERE digits LIKE ?) ORDER BY c.id DESC LIMIT ?", like,
                    PER_KIND);
            raw.rows("SELECT count(DISTINCT client_id) FROM client_phone WHERE digits LIKE ?", like);
        }
        if (q.words().isEmpty()) {
            return;
        }
        String m = q.match();
        raw.rows("SELECT c.id, " + NAME + ", c.email, c.messenger, c.city FROM client_search s JOIN client c "
                + "ON c.id = s.rowid WHERE client_search MATCH ? ORDER BY s.rowid DESC LIMIT ?", m, PER_KIND);
        raw.rows("SELECT n.id, n.client_id, n.written_on, n.private, " + NAME + ", snippet(note_search, -1, " + MARKS
                + ") FROM note_search s JOIN note n ON n.id = s.rowid JOIN client c ON c.id = n.client_id "
                + "WHERE note_search MATCH ? ORDER BY s.rowid DESC LIMIT ?", m, PER_KIND);
        raw.rows("SELECT h.id, h.client_id, h.assigned_on, h.title, h.exercise_id, " + NAME
                + ", snippet(homework_search, -1, " + MARKS + ") FROM homework_search s JOIN homework h "
                + "ON h.id = s.rowid JOIN client c ON c.id = h.client_id WHERE homework_search MATCH ? "
                + "ORDER BY s.rowid DESC LIMIT ?", m, PER_KIND);
        for (String table : List.of("client_search", "note_search", "homework_search")) {
            raw.rows("SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?", m);
        }
    }

    /** What the program report reads: the program, its lessons and enrolments, the period's sessions. */
    void programReport(long programId, LocalDate from, LocalDate to) {
        raw.rows("SELECT * FROM program WHERE id = ?", programId);
        raw.rows("SELECT * FROM lesson WHERE program_id = ?", programId);
        raw.rows("SELECT * FROM enrolment WHERE program_id = ?", programId);
        raw.rows("SELECT * FROM session WHERE starts_at >= ? AND starts_at < ?", from.toString(),
                to.plusDays(1).toString());
        for (long client : raw.numbers("SELECT DISTINCT client_id FROM enrolment WHERE program_id = ? "
                + "AND enrolled_on >= ? AND enrolled_on <= ?", programId, from.toString(), to.toString())) {
            raw.rows("SELECT * FROM session WHERE client_id = ?", client);
        }
    }

    /** SQLite's own copy of the file, nothing checked or flushed after. */
    void backup(Path target) {
        raw.backupTo(target);
    }

    /** Every row of every table the export writes, read: what an export must at least do. */
    void readEverything() {
        for (String table : TableRows.TABLES) {
            raw.rows("SELECT * FROM " + table);
        }
    }
}
