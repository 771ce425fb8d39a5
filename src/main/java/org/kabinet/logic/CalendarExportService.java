package org.kabinet.logic;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.kabinet.export.CalendarEntry;
import org.kabinet.export.CalendarExport;
import org.kabinet.i18n.Language;
import org.kabinet.i18n.Messages;
import org.kabinet.model.Client;
import org.kabinet.model.FollowUp;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.storage.Database;
import org.kabinet.storage.Transaction;

/**
 * The calendar export (the Calendar screen's button and the {@code ics} command): planned sessions
 * and open follow-up calls from today on, as an iCalendar file for her phone or desktop calendar.
 * Each event says only who (named as she chooses) and what for: the session's kind, the rule that
 * suggested the call. Notes, her own words about a call, scripts and phone numbers stay out: a
 * calendar often ends up on someone's server.
 */
public final class CalendarExportService {

    /** How many days ahead, when she does not say. */
    public static final int DEFAULT_DAYS = 30;
    /** At most a year ahead: further, the diary holds nothing worth carrying. */
    public static final int MAX_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(CalendarExportService.class.getName());

    private final Database db;
    private final Clock clock;

    public CalendarExportService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What was written: the file, how many sessions and calls, the days covered (inclusive), the naming. */
    public record Exported(Path file, int sessions, int followUps, LocalDate from, LocalDate to, NameOnSheet names) {
    }

    /** How clients are named unless she says otherwise: as on her printed sheets. */
    public NameOnSheet defaultNames() {
        return db.read(tx -> tx.meta().sheetSettings().names());
    }

    /**
     * Writes the planned sessions and open follow-ups of the next {@code days} days (today
     * included) to {@code out}, all or nothing. {@code names} null: as on her sheets.
     *
     * @throws IllegalArgumentException when {@code days} is not between 1 and {@link #MAX_DAYS}
     * @throws org.kabinet.export.ExportException when the file cannot be written
     */
    public Exported export(int days, NameOnSheet names, Locale locale, Path out) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        LocalDate from = LocalDate.now(clock);
        LocalDate until = from.plusDays(days);
        Messages messages = Messages.of(Language.of(locale));
        Read read = db.read(tx -> read(tx, from, until, names));
        List<CalendarEntry> entries = new ArrayList<>();
        ZoneId zone = clock.getZone();
        for (Session s : read.sessions()) {
            String who = read.names().get(s.clientId());
            entries.add(CalendarEntry.timed("session-" + s.id() + "@kabinet.local",
                    messages.get("ics.session", who, messages.of(s.kind())),
                    s.start().atZone(zone).toInstant(), s.end().atZone(zone).toInstant()));
        }
        for (FollowUp f : read.followUps()) {
            String who = read.names().get(f.clientId());
            // The rule's name only: her own words about why to call may say more than a calendar should.
            String why = f.rule() == null ? "" : messages.of(f.rule());
            entries.add(CalendarEntry.allDay("followup-" + f.id() + "@kabinet.local",
                    why.isEmpty() ? messages.get("ics.followUp.plain", who) : messages.get("ics.followUp", who, why),
                    f.due()));
        }
        CalendarExport.write(entries, clock.instant(), out);
        LOG.info(() -> "exported " + read.sessions().size() + " session(s) and " + read.followUps().size()
                + " follow-up(s) to a calendar file");
        return new Exported(out, read.sessions().size(), read.followUps().size(), from, until.minusDays(1),
                read.naming());
    }

    private record Read(List<Session> sessions, List<FollowUp> followUps, Map<Long, String> names,
            NameOnSheet naming) {
    }

    private static Read read(Transaction tx, LocalDate from, LocalDate until, NameOnSheet chosen) {
        NameOnSheet naming = chosen != null ? chosen : tx.meta().sheetSettings().names();
        // between() already keeps to the days and orders by time.
        List<Session> sessions = tx.sessions().between(from.atStartOfDay(), until.atStartOfDay()).stream()
                .filter(s -> s.status() == SessionStatus.PLANNED).toList();
        List<FollowUp> followUps = new ArrayList<>(tx.followUps().open());
        followUps.removeIf(f -> f.due().isBefore(from) || !f.due().isBefore(until));
        Map<Long, String> names = new HashMap<>();
        List<Long> clients = new ArrayList<>();
        sessions.forEach(s -> clients.add(s.clientId()));
        followUps.forEach(f -> clients.add(f.clientId()));
        for (long id : clients) {
            names.computeIfAbsent(id, k -> tx.clients().find(k).map(Client::name).map(naming::of).orElse(""));
        }
        return new Read(sessions, followUps, names, naming);
    }
}
