package org.kabinet.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes calendar entries as one iCalendar file (RFC 5545) that phone and desktop calendars import.
 *
 * <p>Timed events are written in UTC ({@code 20261124T070000Z}): the caller turns her local times
 * into instants with the practice's time zone, date by date, so summer time is right, and every
 * calendar shows them in its own zone. That is the one form every importer reads the same way;
 * floating times are placed in whatever zone the importing calendar happens to use, and a TZID
 * needs a VTIMEZONE that some importers ignore or redefine.
 *
 * <p>All-day entries are VEVENTs with a DATE start and the next day as end, marked transparent
 * (they take no time). A VTODO would say "to do" better, but Google Calendar, Outlook and the
 * iPhone's calendar drop VTODOs on import, so a planned call would silently vanish.
 */
public final class CalendarExport {

    /** Identifies the program that wrote the file, as RFC 5545 asks. */
    public static final String PRODID = "-//Kabinet//Kabinet practice calendar//EN";

    private CalendarExport() {
    }

    /**
     * Writes the entries to {@code out}, all or nothing. {@code stamp} is when the export was made
     * (DTSTAMP, and the SEQUENCE that lets a later import replace an earlier one).
     *
     * @throws ExportException when the file cannot be written
     */
    public static void write(List<CalendarEntry> entries, Instant stamp, Path out) {
        Calendar calendar = calendar(entries, stamp);
        AtomicFile.write(out, stream -> {
            // The outputter flushes and closes the writer (and with it the stream) itself.
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            try {
                new CalendarOutputter(true).output(calendar, writer);
            } catch (ValidationException e) {
                throw new IOException("the calendar does not validate: " + e.getMessage(), e);
            }
        });
    }

    /** The calendar as ical4j holds it (for tests and for the file). */
    static Calendar calendar(List<CalendarEntry> entries, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // No METHOD: PUBLISH would make it an iTIP message, which needs an ORGANIZER; a plain
        // calendar object is what importers expect from a file.
        for (CalendarEntry e : entries) {
            calendar.add(event(e, stamp));
        }
        return calendar;
    }

    private static VEvent event(CalendarEntry e, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(stamp));
        if (e.isAllDay()) {
            event.add(new DtStart<>(e.day()));
            event.add(new DtEnd<>(e.day().plusDays(1)));
            event.add(ImmutableTransp.TRANSPARENT);
        } else {
            event.add(new DtStart<>(e.start()));
            event.add(new DtEnd<>(e.end()));
        }
        event.add(new Summary(e.summary()));
        event.add(new Sequence(sequence(stamp)));
        return event;
    }

    /**
     * Minutes since 2024: grows with every export, so a calendar that compares SEQUENCE when the
     * same UID comes again takes the newer time or words.
     */
    static int sequence(Instant stamp) {
        long minutes = (stamp.getEpochSecond() - 1_704_067_200L) / 60;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, minutes));
    }
}
