package org.kabinet.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.model.Channel;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.Consents;
import org.kabinet.model.Dismissal;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.FollowUpFacts;

/**
 * What the suggestion rules need of every client, read in a few grouped queries (one pass over
 * each table), so that the planner of a practice of thousands answers at once.
 */
public final class FollowUpFactsReader {

    /** The enrolment that counts for each client: an open one first, then the latest. */
    private static final String PROGRAMS = """
            SELECT e.client_id, e.status, e.status_since, e.enrolled_on,
                   (SELECT max(s.starts_at) FROM session s WHERE s.enrolment_id = e.id AND s.status = 'DONE'
                        AND s.lesson_id IS NOT NULL) AS last_lesson
            FROM enrolment e
            ORDER BY e.client_id, e.status IN ('ACTIVE', 'PAUSED') DESC, e.enrolled_on DESC, e.id DESC
            """;

    private static final String SESSIONS = """
            SELECT client_id,
                   max(CASE WHEN status = 'DONE' THEN starts_at END) AS last_held,
                   min(CASE WHEN status = 'PLANNED' AND starts_at >= ? THEN starts_at END) AS next_planned,
                   sum(status = 'DONE') AS held,
                   min(CASE WHEN status = 'DONE' AND kind = 'FIRST' THEN starts_at END) AS first_consultation
            FROM session GROUP BY client_id
            """;

    /** The latest homework still waiting to be talked over, for each client. */
    private static final String HOMEWORK = """
            SELECT client_id, assigned_on, id FROM homework h
            WHERE status = 'ASSIGNED' AND id = (SELECT h2.id FROM homework h2 WHERE h2.client_id = h.client_id
                AND h2.status = 'ASSIGNED' ORDER BY h2.assigned_on DESC, h2.id DESC LIMIT 1)
            """;

    private static final String CONTACTS = """
            SELECT c.client_id, max(c.happened_at) AS last_contact,
                   sum(c.direction = 'OUTGOING' AND (k.first_contact IS NULL OR c.happened_at >= k.first_contact))
                       AS outgoing
            FROM contact c JOIN client k ON k.id = c.client_id GROUP BY c.client_id
            """;

    /**
     * When anything about each client last changed, for the clients who dismissed a suggestion:
     * the one thing it is for (a dismissed reason comes back when something new happens). Read
     * for every client, the notes' part alone took 0.8 s on years of notes (each row's time sits
     * after its text, so SQLite reads through the text to reach it); dismissals are a few.
     */
    private static final String ACTIVITY = """
            WITH dismissed AS (SELECT DISTINCT client_id FROM suggestion_dismissal)
            SELECT client_id, max(at) FROM (
                SELECT id AS client_id, updated_at AS at FROM client WHERE id IN dismissed
                UNION ALL SELECT client_id, max(updated_at) FROM session WHERE client_id IN dismissed GROUP BY client_id
                UNION ALL SELECT client_id, max(updated_at) FROM enrolment WHERE client_id IN dismissed
                    GROUP BY client_id
                UNION ALL SELECT client_id, max(updated_at) FROM homework WHERE client_id IN dismissed
                    GROUP BY client_id
                UNION ALL SELECT client_id, max(updated_at) FROM note WHERE client_id IN dismissed GROUP BY client_id
                UNION ALL SELECT client_id, max(created_at) FROM contact WHERE client_id IN dismissed
                    GROUP BY client_id)
            GROUP BY client_id
            """;

    private final Connection connection;
    private final FollowUpRepository followUps;

    FollowUpFactsReader(Connection connection, FollowUpRepository followUps) {
        this.connection = connection;
        this.followUps = followUps;
    }

    /** Every client's facts, {@code today} being the day the planner is for. */
    public List<FollowUpFacts> all(LocalDate today) {
        Map<Long, Program> programs = programs();
        Map<Long, Sessions> sessions = sessions(today);
        Map<Long, Homework> homework = homework();
        Map<Long, Contacts> contacts = contacts();
        Map<Long, Instant> activity = activity();
        Set<Long> planned = new HashSet<>(Sql.list(connection,
                "SELECT DISTINCT client_id FROM follow_up WHERE status IN ('PLANNED', 'POSTPONED')",
                rs -> rs.getLong(1)));
        Map<Long, List<Dismissal>> dismissals = new HashMap<>();
        for (Dismissal d : followUps.dismissals()) {
            dismissals.computeIfAbsent(d.clientId(), k -> new ArrayList<>()).add(d);
        }
        return Sql.list(connection, "SELECT id, status, birth_date, first_contact, consent_data_date, "
                + "consent_session_messages, consent_birthday, do_not_contact FROM client ORDER BY id", rs -> {
                    long id = rs.getLong("id");
                    Program p = programs.getOrDefault(id, Program.NONE);
                    Sessions s = sessions.getOrDefault(id, Sessions.NONE);
                    Homework h = homework.getOrDefault(id, Homework.NONE);
                    Contacts c = contacts.getOrDefault(id, Contacts.NONE);
                    Consents consents = new Consents(Sql.getDate(rs, "consent_data_date"),
                            Sql.getBoolean(rs, "consent_session_messages"), Sql.getBoolean(rs, "consent_birthday"),
                            Sql.getBoolean(rs, "do_not_contact"));
                    return new FollowUpFacts(id, ClientStatus.valueOf(rs.getString("status")), consents,
                            Sql.getDate(rs, "birth_date"), Sql.getDate(rs, "first_contact"), s.lastHeld(),
                            s.nextPlanned(), s.held(), s.held() == 1 ? s.firstConsultation() : null, p.status(),
                            p.since(), p.enrolledOn(), p.lastLesson(), h.given(), h.id(), c.last(), c.outgoing(),
                            planned.contains(id), activity.get(id), dismissals.getOrDefault(id, List.of()));
                });
    }

    /** Client id → how she prefers to be reached, for those who said. */
    public Map<Long, Channel> preferredChannels() {
        Map<Long, Channel> found = new HashMap<>();
        Sql.list(connection, "SELECT id, preferred_channel FROM client WHERE preferred_channel IS NOT NULL",
                rs -> found.put(rs.getLong(1), Channel.valueOf(rs.getString(2))));
        return found;
    }

    private record Program(EnrolmentStatus status, LocalDate since, LocalDate enrolledOn, LocalDate lastLesson) {
        static final Program NONE = new Program(null, null, null, null);
    }

    private record Sessions(LocalDate lastHeld, LocalDate nextPlanned, int held, LocalDate firstConsultation) {
        static final Sessions NONE = new Sessions(null, null, 0, null);
    }

    private record Homework(LocalDate given, long id) {
        static final Homework NONE = new Homework(null, 0);
    }

    private record Contacts(LocalDate last, int outgoing) {
        static final Contacts NONE = new Contacts(null, 0);
    }

    private Map<Long, Program> programs() {
        Map<Long, Program> found = new HashMap<>();
        Sql.list(connection, PROGRAMS, rs -> {
            found.putIfAbsent(rs.getLong("client_id"), new Program(EnrolmentStatus.valueOf(rs.getString("status")),
                    Sql.getDate(rs, "status_since"), Sql.getDate(rs, "enrolled_on"), day(rs.getString("last_lesson"))));
            return null;
        });
        return found;
    }

    private Map<Long, Sessions> sessions(LocalDate today) {
        Map<Long, Sessions> found = new HashMap<>();
        for (Map.Entry<Long, Sessions> e : Sql.list(connection, SESSIONS, rs -> Map.entry(rs.getLong("client_id"),
                new Sessions(day(rs.getString("last_held")), day(rs.getString("next_planned")), rs.getInt("held"),
                        day(rs.getString("first_consultation")))), today.atStartOfDay().toString())) {
            found.put(e.getKey(), e.getValue());
        }
        return found;
    }

    private Map<Long, Homework> homework() {
        Map<Long, Homework> found = new HashMap<>();
        Sql.list(connection, HOMEWORK, rs -> found.put(rs.getLong("client_id"),
                new Homework(Sql.getDate(rs, "assigned_on"), rs.getLong("id"))));
        return found;
    }

    private Map<Long, Contacts> contacts() {
        Map<Long, Contacts> found = new HashMap<>();
        Sql.list(connection, CONTACTS, rs -> found.put(rs.getLong("client_id"),
                new Contacts(day(rs.getString("last_contact")), rs.getInt("outgoing"))));
        return found;
    }

    private Map<Long, Instant> activity() {
        Map<Long, Instant> found = new HashMap<>();
        Sql.list(connection, ACTIVITY, rs -> {
            String at = rs.getString(2);
            return at == null ? null : found.put(rs.getLong(1), Instant.parse(at));
        });
        return found;
    }

    /** The day of a stored date-time ("2026-11-25T10:00"), or null. */
    private static LocalDate day(String dateTime) {
        return dateTime == null ? null : LocalDate.parse(dateTime.substring(0, 10));
    }
}
