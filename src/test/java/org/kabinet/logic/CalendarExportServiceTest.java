package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.export.CalendarExport;
import org.kabinet.export.ExportException;
import org.kabinet.model.Client;
import org.kabinet.model.FollowUp;
import org.kabinet.model.FollowUpStatus;
import org.kabinet.model.NameOnSheet;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SheetSettings;
import org.kabinet.model.SuggestionRule;
import org.kabinet.testutil.ClientBuilders;

/**
 * The calendar export: planned sessions at their times and open calls as all-day events, read back
 * by ical4j's own parser; stable ids, names as she chooses, nothing confidential.
 */
class CalendarExportServiceTest {

    /** Tuesday 24 November 2026, 10:00 in Moscow (07:00 UTC): the practice's own zone. */
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T07:00:00Z"), MOSCOW);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path folder;

    private Practice practice;
    private Client olga;
    private Client anna;
    private long tomorrowSession;
    private long todayCall;

    @BeforeEach
    void practice() throws Exception {
        practice = Practice.open(folder.resolve("k.db"), CLOCK);
        olga = practice.clients().save(ClientBuilders.olga().build());
        anna = practice.clients().save(ClientBuilders.anna().build());
        tomorrowSession = session(olga, TODAY.plusDays(1).atTime(10, 0), SessionKind.FIRST, SessionStatus.PLANNED);
        session(anna, TODAY.plusDays(3).atTime(18, 30), SessionKind.SINGLE, SessionStatus.PLANNED);
        session(anna, TODAY.minusDays(1).atTime(12, 0), SessionKind.SINGLE, SessionStatus.DONE);
        session(anna, TODAY.plusDays(2).atTime(12, 0), SessionKind.SINGLE, SessionStatus.CANCELLED_BY_CLIENT);
        session(olga, TODAY.plusDays(30).atTime(9, 0), SessionKind.LESSON, SessionStatus.PLANNED);
        todayCall = practice.followUps().plan(new FollowUp(0, olga.id(), TODAY, null, "Спросить про новую работу",
                "Сценарий: не упоминать развод", FollowUpStatus.PLANNED)).id();
        practice.followUps().plan(FollowUp.planned(anna.id(), TODAY.plusDays(5), SuggestionRule.CHECK_IN, ""));
        practice.followUps().plan(FollowUp.planned(anna.id(), TODAY.minusDays(2), SuggestionRule.LAPSED, ""));
        long done = practice.followUps().plan(FollowUp.planned(olga.id(), TODAY.plusDays(2), SuggestionRule.STALLED,
                "")).id();
        practice.followUps().cancel(done);
        practice.notes().save(Note.draft(olga.id(), null, TODAY).withText(NoteText.free("Тайна: отец болеет")));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        practice.close();
    }

    private long session(Client client, LocalDateTime start, SessionKind kind, SessionStatus status) {
        Session s = Session.planned(client.id(), start, kind).withStatus(status);
        return practice.sessions().save(s, EnumSet.allOf(SessionWarning.Kind.class)).id();
    }

    private static Calendar parse(Path ics) throws Exception {
        try (Reader reader = Files.newBufferedReader(ics, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(reader);
        }
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static String value(VEvent e, String property) {
        return e.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void export_thirtyDays_writesPlannedSessionsAtTheirTimesAndOpenCallsAllDay() throws Exception {
        Path ics = folder.resolve("out.ics");
        CalendarExportService.Exported done = practice.calendarExport().export(30, null, Locale.ENGLISH, ics);

        assertThat(done.sessions()).isEqualTo(2);
        assertThat(done.followUps()).isEqualTo(2);
        assertThat(done.from()).isEqualTo(TODAY);
        assertThat(done.to()).isEqualTo(TODAY.plusDays(29));
        Calendar calendar = parse(ics);
        assertThat(calendar.validate().getEntries()).isEmpty();
        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(CalendarExport.PRODID);
        Map<String, VEvent> events = byUid(calendar);
        assertThat(events).hasSize(4).containsKey("session-" + tomorrowSession + "@kabinet.local")
                .containsKey("followup-" + todayCall + "@kabinet.local");
        VEvent first = events.get("session-" + tomorrowSession + "@kabinet.local");
        // 10:00 in Moscow is 07:00 UTC, written as UTC so every calendar places it right.
        assertThat(value(first, "DTSTART")).isEqualTo("20261125T070000Z");
        assertThat(value(first, "DTEND")).isEqualTo("20261125T080000Z");
        assertThat(value(first, "SUMMARY")).isEqualTo("Иванова Ольга Петровна — First consultation");
        assertThat(value(first, "DTSTAMP")).isEqualTo("20261124T070000Z");
        VEvent call = events.get("followup-" + todayCall + "@kabinet.local");
        assertThat(value(call, "DTSTART")).isEqualTo("20261124");
        assertThat(value(call, "DTEND")).isEqualTo("20261125");
        assertThat(value(call, "TRANSP")).isEqualTo("TRANSPARENT");
        // Her own words about the call stay out of a calendar; only a rule's name would show.
        assertThat(value(call, "SUMMARY")).isEqualTo("Call: Иванова Ольга Петровна");
        assertThat(events.values()).extracting(e -> value(e, "SUMMARY"))
                .contains("Семёнова Анна Сергеевна — Single session",
                        "Call: Семёнова Анна Сергеевна — Check-in after the program");
    }

    @Test
    void export_neverCarriesNotesScriptsOrPhoneNumbers() throws Exception {
        Path ics = folder.resolve("out.ics");
        practice.calendarExport().export(30, null, Locale.ENGLISH, ics);

        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Тайна", "Сценарий", "развод", "новую работу", "916", "DESCRIPTION", "@example");
        assertThat(text).contains("BEGIN:VCALENDAR", "VERSION:2.0", "CALSCALE:GREGORIAN");
    }

    @Test
    void export_names_followTheChoiceOrTheSheetSettings() throws Exception {
        Path ics = folder.resolve("out.ics");
        practice.calendarExport().export(30, NameOnSheet.INITIALS, new Locale("ru"), ics);
        assertThat(byUid(parse(ics)).values()).extracting(e -> value(e, "SUMMARY"))
                .contains("О.П.И. — Первичная консультация", "Звонок: О.П.И.")
                .noneMatch(s -> s.contains("Иванова"));

        practice.settings().saveSheets(new SheetSettings("", "", null, NameOnSheet.FIRST_NAME));
        assertThat(practice.calendarExport().defaultNames()).isEqualTo(NameOnSheet.FIRST_NAME);
        practice.calendarExport().export(30, null, new Locale("ru"), ics);
        assertThat(byUid(parse(ics)).values()).extracting(e -> value(e, "SUMMARY"))
                .contains("Ольга — Первичная консультация", "Звонок: Анна — Узнать, как дела, после программы")
                .noneMatch(s -> s.contains("Иванова") || s.contains("Семёнова"));
    }

    @Test
    void export_again_keepsTheSameUidsAndARisingSequence() throws Exception {
        Path ics = folder.resolve("out.ics");
        practice.calendarExport().export(7, null, Locale.ENGLISH, ics);
        Map<String, VEvent> before = byUid(parse(ics));

        practice.close();
        practice = Practice.open(folder.resolve("k.db"), Clock.fixed(CLOCK.instant().plusSeconds(3600), MOSCOW));
        practice.calendarExport().export(7, null, Locale.ENGLISH, ics);
        Map<String, VEvent> after = byUid(parse(ics));

        assertThat(after.keySet()).isEqualTo(before.keySet());
        String uid = "session-" + tomorrowSession + "@kabinet.local";
        assertThat(Integer.parseInt(value(after.get(uid), "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(before.get(uid), "SEQUENCE")));
    }

    @Test
    void export_oneDay_holdsOnlyToday() throws Exception {
        Path ics = folder.resolve("out.ics");
        CalendarExportService.Exported done = practice.calendarExport().export(1, null, Locale.ENGLISH, ics);
        assertThat(done.sessions()).isZero();
        assertThat(done.followUps()).isEqualTo(1);
        assertThat(byUid(parse(ics))).containsOnlyKeys("followup-" + todayCall + "@kabinet.local");
    }

    @Test
    void export_intoAMissingFolder_failsAndLeavesNothing() {
        Path ics = folder.resolve("no-such-folder").resolve("out.ics");
        assertThatThrownBy(() -> practice.calendarExport().export(30, null, Locale.ENGLISH, ics))
                .isInstanceOf(ExportException.class);
        assertThat(Files.exists(ics)).isFalse();
    }
}
