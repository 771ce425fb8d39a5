package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.SheetSettings;
import org.kabinet.testutil.TestClock;

/** The demo's homework: given at held sessions, due at the next one, mostly discussed later. */
class DemoHomeworkTest {

    @TempDir
    Path folder;

    /** Every client's homework with the sessions it was given at, in client order. */
    private record Written(List<Homework> homework, Map<Long, Session> sessions, Map<Long, List<Session>> byClient) {
    }

    private Written write(String name, long seed) throws Exception {
        Path file = folder.resolve(name);
        DemoFile.write(file, DemoLanguage.RU, 300, seed, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<Homework> homework = new ArrayList<>();
            List<Session> sessions = new ArrayList<>();
            for (ClientSummary c : practice.clients().list()) {
                homework.addAll(practice.homework().forClient(c.id()));
                sessions.addAll(practice.sessions().forClient(c.id()));
            }
            return new Written(homework, sessions.stream().collect(Collectors.toMap(Session::id, Function.identity())),
                    sessions.stream().collect(Collectors.groupingBy(Session::clientId)));
        }
    }

    @Test
    void sameSeed_givesTheSameHomework() throws Exception {
        assertThat(write("b.db", 7).homework()).isEqualTo(write("a.db", 7).homework());
    }

    @Test
    void homework_isGivenAtHeldSessions_dueAtTheNext_andMostlyDiscussedLater() throws Exception {
        Written w = write("k.db", 7);
        assertThat(w.homework()).hasSizeGreaterThan(100);
        Map<HomeworkStatus, Long> byStatus = w.homework().stream()
                .collect(Collectors.groupingBy(Homework::status, Collectors.counting()));
        assertThat(byStatus).containsKeys(HomeworkStatus.values());
        assertThat(byStatus.get(HomeworkStatus.DISCUSSED)).isGreaterThan(w.homework().size() / 2);
        assertThat(w.homework()).filteredOn(h -> h.exerciseId() == null).isNotEmpty()
                .allMatch(h -> !h.title().isEmpty() && !h.instructions().isEmpty());
        for (Homework h : w.homework()) {
            Session given = w.sessions().get(h.sessionId());
            assertThat(given.status()).isEqualTo(SessionStatus.DONE);
            assertThat(h.assignedOn()).isEqualTo(given.start().toLocalDate());
            assertThat(h.due()).isAfter(h.assignedOn());
            List<Session> later = w.byClient().get(h.clientId()).stream()
                    .filter(s -> s.start().isAfter(given.start())).toList();
            later.stream().map(Session::start).min(Comparator.naturalOrder())
                    .ifPresent(next -> assertThat(h.due()).isEqualTo(next.toLocalDate()));
            boolean heldLater = later.stream().anyMatch(s -> s.status() == SessionStatus.DONE);
            assertThat(h.status() == HomeworkStatus.ASSIGNED).isEqualTo(!heldLater);
            if (h.status() == HomeworkStatus.DISCUSSED) {
                assertThat(h.feedback()).isNotEmpty();
                assertThat(h.comment()).isNotEmpty();
            }
        }
    }

    @Test
    void demo_setsLessonsDefaultExercisesAndSheetSettings() throws Exception {
        Path file = folder.resolve("k.db");
        DemoFile.write(file, DemoLanguage.EN, 20, 7, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            Map<Long, String> codes = practice.exercises().library(Locale.ENGLISH).stream()
                    .collect(Collectors.toMap(Exercise::id, Exercise::code));
            List<Lesson> lessons = practice.programs().lessons(practice.programs().programs().get(0).id());
            Function<Integer, List<String>> defaults = position -> practice.exercises()
                    .lessonDefaults(lessons.get(position - 1).id()).stream().map(codes::get).toList();
            assertThat(defaults.apply(1)).containsExactly("idealModel");
            assertThat(defaults.apply(2)).containsExactly("unsentLetter");
            assertThat(defaults.apply(3)).containsExactly("safePlace", "bodyScan");
            assertThat(defaults.apply(4)).containsExactly("bodyScan");
            assertThat(defaults.apply(5)).containsExactly("partDialogue");
            assertThat(defaults.apply(6)).isEmpty();
            SheetSettings sheets = practice.settings().sheets();
            assertThat(sheets.practitioner()).isNotEmpty();
            assertThat(sheets.contacts()).isNotEmpty();
        }
    }
}
