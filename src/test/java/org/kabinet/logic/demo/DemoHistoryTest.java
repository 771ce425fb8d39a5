package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Note;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

/** A benchmark's volume: older history before the diary makes up the sessions and homework asked for. */
class DemoHistoryTest {

    @TempDir
    static Path folder;

    private static final LocalDate TODAY = TestClock.TODAY;
    private static final DemoVolume VOLUME = new DemoVolume(50, 750, 1200, 1000);
    private static DemoPractice.Written written;
    private static Contents contents;

    /** Everything a demo file holds that these tests look at, client by client. */
    private record Contents(List<Client> clients, List<Session> sessions, List<Homework> homework, List<Note> notes) {
    }

    @BeforeAll
    static void writeDemo() throws Exception {
        Path file = folder.resolve("history.db");
        written = DemoFile.write(file, DemoLanguage.RU, VOLUME, 7, TestClock.FIXED);
        contents = read(file);
    }

    private static Contents read(Path file) throws Exception {
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<Client> clients = new ArrayList<>();
            List<Session> sessions = new ArrayList<>();
            List<Homework> homework = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            for (ClientSummary c : practice.clients().list()) {
                clients.add(practice.clients().load(c.id()).orElseThrow());
                sessions.addAll(practice.sessions().forClient(c.id()));
                homework.addAll(practice.homework().forClient(c.id()));
                notes.addAll(practice.notes().forClient(c.id()));
            }
            return new Contents(clients, sessions, homework, notes);
        }
    }

    @Test
    void volume_countsAreMet_andReported() {
        assertThat(contents.clients()).hasSize(50);
        assertThat(contents.sessions()).hasSizeGreaterThanOrEqualTo(750).hasSize(written.sessions());
        assertThat(contents.homework()).hasSizeGreaterThanOrEqualTo(1000).hasSize(written.homework());
        assertThat(contents.notes()).hasSizeGreaterThanOrEqualTo(1200).hasSize(written.notes());
    }

    @Test
    void history_isBeforeTheDiary_pastAndMostlyHeld_withALongTail() {
        LocalDate diaryStart = TODAY.minusYears(DemoSessions.YEARS);
        List<Session> older = contents.sessions().stream().filter(s -> s.start().toLocalDate().isBefore(diaryStart))
                .toList();
        assertThat(older.size()).isGreaterThan(500);
        assertThat(older).allMatch(s -> s.start().toLocalDate().isAfter(TODAY.minusYears(DemoHistory.MAX_YEARS + 1)));
        assertThat(older.stream().filter(s -> s.status() == SessionStatus.DONE).count())
                .isGreaterThan(older.size() * 85L / 100);
        Map<Long, Long> perClient = older.stream().collect(Collectors.groupingBy(Session::clientId,
                Collectors.counting()));
        assertThat(perClient.values().stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(60);
        assertThat(perClient.values()).anyMatch(n -> n < 10);
        // The card's first contact is no later than the first session.
        Map<Long, Client> byId = contents.clients().stream().collect(Collectors.toMap(Client::id, Function.identity()));
        for (Session s : contents.sessions()) {
            assertThat(byId.get(s.clientId()).firstContact()).isBeforeOrEqualTo(s.start().toLocalDate().plusDays(1));
        }
    }

    @Test
    void noClientHasTwoSessionsAtOnce_andNothingHeldIsInTheFuture() {
        Set<String> starts = new HashSet<>();
        assertThat(contents.sessions()).allMatch(s -> starts.add(s.clientId() + " " + s.start()));
        assertThat(contents.sessions()).filteredOn(s -> s.status() == SessionStatus.DONE)
                .allMatch(s -> s.start().toLocalDate().isBefore(TODAY));
        assertThat(contents.sessions()).allMatch(s -> s.start().getHour() >= 9 && s.start().getHour() <= 19);
    }

    @Test
    void homework_isGivenAtItsOwnClientsHeldSessions_andMostlyTalkedOver() {
        Map<Long, Session> sessions = contents.sessions().stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        for (Homework h : contents.homework()) {
            Session given = sessions.get(h.sessionId());
            assertThat(given).isNotNull();
            assertThat(given.clientId()).isEqualTo(h.clientId());
            assertThat(given.status()).isEqualTo(SessionStatus.DONE);
            assertThat(h.assignedOn()).isEqualTo(given.start().toLocalDate());
            assertThat(h.due()).isAfter(h.assignedOn());
        }
        // Years-old homework is all discussed: Today's "discuss" list shows only the diary's own.
        LocalDate diaryStart = TODAY.minusYears(DemoSessions.YEARS);
        assertThat(contents.homework()).filteredOn(h -> h.assignedOn().isBefore(diaryStart)).isNotEmpty()
                .allMatch(h -> h.status() == HomeworkStatus.DISCUSSED && !h.feedback().isEmpty());
        long talkedOver = contents.homework().stream().filter(h -> h.status() != HomeworkStatus.ASSIGNED).count();
        assertThat(talkedOver).isGreaterThan(contents.homework().size() * 9L / 10);
        assertThat(contents.homework()).anyMatch(h -> h.exerciseId() != null).anyMatch(h -> h.exerciseId() == null);
    }

    @Test
    void notes_coverMostHeldOlderSessions() {
        LocalDate diaryStart = TODAY.minusYears(DemoSessions.YEARS);
        Set<Long> heldOlder = contents.sessions().stream()
                .filter(s -> s.status() == SessionStatus.DONE && s.start().toLocalDate().isBefore(diaryStart))
                .map(Session::id).collect(Collectors.toSet());
        long written = contents.notes().stream().filter(n -> heldOlder.contains(n.sessionId())).count();
        assertThat((double) written / heldOlder.size()).isBetween(0.75, 0.95);
    }

    @Test
    void sameSeed_sameFileContent() throws Exception {
        Path file = folder.resolve("again.db");
        DemoFile.write(file, DemoLanguage.RU, VOLUME, 7, TestClock.FIXED);
        Contents again = read(file);
        assertThat(again.clients()).isEqualTo(contents.clients());
        assertThat(again.sessions()).isEqualTo(contents.sessions());
        assertThat(again.homework()).isEqualTo(contents.homework());
        assertThat(again.notes()).isEqualTo(contents.notes());
    }

    @Test
    void fewerSessionsThanTheDiaryHolds_writeJustTheDiary() throws Exception {
        Path plain = folder.resolve("plain.db");
        Path asked = folder.resolve("asked.db");
        DemoFile.write(plain, DemoLanguage.EN, DemoVolume.of(40), 3, TestClock.FIXED);
        DemoFile.write(asked, DemoLanguage.EN, new DemoVolume(40, 10, 0, 5), 3, TestClock.FIXED);
        Contents a = read(plain);
        Contents b = read(asked);
        assertThat(b.clients()).isEqualTo(a.clients());
        assertThat(b.sessions()).isEqualTo(a.sessions());
        assertThat(b.homework()).isEqualTo(a.homework());
        assertThat(b.notes()).isEqualTo(a.notes());
    }
}
