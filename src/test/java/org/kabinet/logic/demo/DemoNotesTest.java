package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Note;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

/** The demo's notes: most held sessions written up, some structured, a few private; more on request. */
class DemoNotesTest {

    @TempDir
    Path folder;

    private record Written(List<Note> notes, Map<Long, Session> sessions) {
    }

    private Written write(String name, DemoLanguage language, int clients, int notes) throws Exception {
        Path file = folder.resolve(name);
        DemoPractice.Written written = DemoFile.write(file, language, clients, notes, 7, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<Note> all = new ArrayList<>();
            List<Session> sessions = new ArrayList<>();
            for (ClientSummary c : practice.clients().list()) {
                all.addAll(practice.notes().forClient(c.id()));
                sessions.addAll(practice.sessions().forClient(c.id()));
            }
            assertThat(all).hasSize(written.notes());
            return new Written(all, sessions.stream().collect(Collectors.toMap(Session::id, Function.identity())));
        }
    }

    @Test
    void demo_mostHeldSessionsHaveANoteOfTheirDay() throws Exception {
        Written w = write("ru.db", DemoLanguage.RU, 300, 0);

        long held = w.sessions().values().stream().filter(s -> s.status() == SessionStatus.DONE).count();
        List<Note> ofSessions = w.notes().stream().filter(n -> n.sessionId() != null).toList();
        assertThat(ofSessions).hasSameSizeAs(w.notes());
        assertThat((double) ofSessions.size() / held).isBetween(0.75, 0.95);
        assertThat(ofSessions).allSatisfy(n -> {
            Session s = w.sessions().get(n.sessionId());
            assertThat(s.status()).isEqualTo(SessionStatus.DONE);
            assertThat(n.date()).isEqualTo(s.start().toLocalDate());
            assertThat(n.clientId()).isEqualTo(s.clientId());
        });
    }

    @Test
    void demo_notesLookWritten_structuredPrivateAndInTheLanguage() throws Exception {
        List<Note> ru = write("ru.db", DemoLanguage.RU, 300, 0).notes();
        List<Note> en = write("en.db", DemoLanguage.EN, 300, 0).notes();

        assertThat(ru).anyMatch(Note::structured).anyMatch(Note::privateNote).anyMatch(n -> !n.structured());
        double privateShare = ru.stream().filter(Note::privateNote).count() / (double) ru.size();
        assertThat(privateShare).isBetween(0.01, 0.12);
        assertThat(ru).allMatch(n -> n.text().length() >= 30 && n.text().length() < 3000);
        assertThat(ru.get(0).text().headline()).matches(".*[а-яА-Я].*");
        assertThat(en.get(0).text().headline()).matches("[^а-яА-Я]*");
    }

    @Test
    void demo_askedForMoreNotes_betweenSessionsInDateOrder() throws Exception {
        List<Note> notes = write("many.db", DemoLanguage.EN, 50, 2000).notes();

        assertThat(notes).hasSize(2000);
        assertThat(notes).anyMatch(n -> n.sessionId() == null);
        // Written in date order, as a practice writes them: ids follow the days.
        List<Note> byId = notes.stream().sorted(Comparator.comparingLong(Note::id)).toList();
        assertThat(byId).isSortedAccordingTo(Comparator.comparing(Note::date));
    }
}
