package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.kabinet.model.PersonName;
import org.kabinet.model.SearchHit;
import org.kabinet.model.SearchKind;
import org.kabinet.model.Snippet;

/**
 * Full-text search in the FTS5 indexes of V004 ({@code client_search}, {@code note_search},
 * {@code homework_search}) and by phone digits. The match expression comes ready-made from the
 * search logic, always as a parameter. Results come newest first (by rowid), which FTS5 reads
 * without sorting.
 */
public final class SearchRepository {

    /** Words of context on each side of a match in a snippet. */
    private static final int SNIPPET_TOKENS = 14;
    private static final String MARKS = "'" + Snippet.START + "', '" + Snippet.END + "', '…', " + SNIPPET_TOKENS;

    private static final String NAME = "c.last_name, c.first_name, c.patronymic";

    /** A homework hit and the library exercise it gives (null for free text), whose title it may show. */
    public record FoundHomework(SearchHit hit, Long exerciseId) {
    }

    private final Connection connection;

    SearchRepository(Connection connection) {
        this.connection = connection;
    }

    /** Clients whose name or contacts match; the title is the full name, the snippet the contacts. */
    public List<SearchHit> clients(String match, int limit) {
        return Sql.list(connection, "SELECT c.id, " + NAME + ", c.email, c.messenger, c.city FROM client_search s "
                + "JOIN client c ON c.id = s.rowid WHERE client_search MATCH ? ORDER BY s.rowid DESC LIMIT ?",
                SearchRepository::client, match, limit);
    }

    /** Clients with a phone number whose digits hold {@code digits}. */
    public List<SearchHit> clientsByPhone(String digits, int limit) {
        return Sql.list(connection, "SELECT c.id, " + NAME + ", c.email, c.messenger, c.city, "
                + "(SELECT group_concat(p.number, ', ') FROM client_phone p WHERE p.client_id = c.id) AS phones "
                + "FROM client c WHERE c.id IN (SELECT client_id FROM client_phone WHERE digits LIKE ? ESCAPE '\\') "
                + "ORDER BY c.id DESC LIMIT ?",
                rs -> new SearchHit(SearchKind.CLIENT, rs.getLong("id"), rs.getLong("id"), name(rs),
                        Snippet.plain(name(rs).full()), Snippet.plain(rs.getString("phones")), null, false),
                "%" + digits + "%", limit);
    }

    /** Notes that match, with the words around the best match. */
    public List<SearchHit> notes(String match, int limit) {
        return Sql.list(connection, "SELECT n.id, n.client_id, n.written_on, n.private, " + NAME + ", "
                + "snippet(note_search, -1, " + MARKS + ") AS snippet FROM note_search s "
                + "JOIN note n ON n.id = s.rowid JOIN client c ON c.id = n.client_id "
                + "WHERE note_search MATCH ? ORDER BY s.rowid DESC LIMIT ?",
                rs -> new SearchHit(SearchKind.NOTE, rs.getLong("id"), rs.getLong("client_id"), name(rs),
                        Snippet.plain(""), Snippet.parse(rs.getString("snippet")), Sql.getDate(rs, "written_on"),
                        Sql.getBoolean(rs, "private")),
                match, limit);
    }

    /** Homework whose own texts match; the title is its own (empty when it shows the exercise's). */
    public List<FoundHomework> homework(String match, int limit) {
        return Sql.list(connection, "SELECT h.id, h.client_id, h.assigned_on, h.title, h.exercise_id, " + NAME + ", "
                + "snippet(homework_search, -1, " + MARKS + ") AS snippet FROM homework_search s "
                + "JOIN homework h ON h.id = s.rowid JOIN client c ON c.id = h.client_id "
                + "WHERE homework_search MATCH ? ORDER BY s.rowid DESC LIMIT ?",
                rs -> new FoundHomework(new SearchHit(SearchKind.HOMEWORK, rs.getLong("id"), rs.getLong("client_id"),
                        name(rs), Snippet.plain(rs.getString("title")), Snippet.parse(rs.getString("snippet")),
                        Sql.getDate(rs, "assigned_on"), false), Sql.getLong(rs, "exercise_id")),
                match, limit);
    }

    /** How many rows of {@code kind}'s index match, for "and 212 more". */
    public int count(SearchKind kind, String match) {
        String table = switch (kind) {
            case CLIENT -> "client_search";
            case NOTE -> "note_search";
            case HOMEWORK -> "homework_search";
            case LESSON -> throw new IllegalArgumentException("lessons are not in the index");
        };
        // The table name comes from the switch above, never from input.
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " WHERE " + table + " MATCH ?")) {
            st.setString(1, match);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw SqlErrors.toStorageException(e);
        }
    }

    /** How many clients have a phone number whose digits hold {@code digits}. */
    public int countByPhone(String digits) {
        return Sql.list(connection, "SELECT count(DISTINCT client_id) FROM client_phone WHERE digits LIKE ? ESCAPE '\\'",
                rs -> rs.getInt(1), "%" + digits + "%").get(0);
    }

    private static SearchHit client(ResultSet rs) throws SQLException {
        PersonName name = name(rs);
        String contacts = String.join("  ", nonEmpty(rs.getString("email"), rs.getString("messenger"),
                rs.getString("city")));
        return new SearchHit(SearchKind.CLIENT, rs.getLong("id"), rs.getLong("id"), name, Snippet.plain(name.full()),
                Snippet.plain(contacts), null, false);
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static PersonName name(ResultSet rs) throws SQLException {
        return new PersonName(rs.getString("last_name"), rs.getString("first_name"), rs.getString("patronymic"));
    }
}
