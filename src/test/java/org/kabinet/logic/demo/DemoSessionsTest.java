package org.kabinet.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.ClientStatus;
import org.kabinet.model.ClientSummary;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.LessonStep;
import org.kabinet.model.ProgramProgress;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

/** The demo practice's diary: three years of one practitioner's sessions that tell a believable story. */
class DemoSessionsTest {

    @TempDir
    static Path folder;

    private static final LocalDate TODAY = TestClock.TODAY;
    private static List<ClientSummary> clients;
    private static List<Session> sessions;
    private static List<ProgramProgress> programs;

    @BeforeAll
    static void writeDemo() throws Exception {
        Path file = folder.resolve("k.db");
        DemoFile.write(file, DemoLanguage.RU, 300, 7, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            clients = practice.clients().list();
            sessions = new ArrayList<>();
            programs = new ArrayList<>();
            for (ClientSummary c : clients) {
                sessions.addAll(practice.sessions().forClient(c.id()));
                programs.addAll(practice.enrolments().progress(c.id()));
            }
        }
    }

    @Test
    void diary_spansThreeYearsAndTheNextTwoWeeks() {
        LocalDate first = sessions.stream().map(s -> s.start().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = sessions.stream().map(s -> s.start().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        assertThat(first).isBetween(TODAY.minusYears(3), TODAY.minusYears(3).plusMonths(2));
        assertThat(last).isBetween(TODAY.plusDays(7), TODAY.plusDays(14));
        assertThat(sessions.size()).isBetween(600, 2000);
        assertThat(sessions).allMatch(s -> s.start().toLocalDate().isBefore(TODAY) != (s.status() == SessionStatus.PLANNED));
    }

    @Test
    void diary_isOnePersonsDay_onTheHourWithinWorkingHours_neverTwoAtOnce() {
        for (Session s : sessions) {
            assertThat(s.start().getMinute()).isZero();
            assertThat(s.start().getHour()).isBetween(9, 19);
            assertThat(s.start().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        }
        Set<Object> starts = new HashSet<>();
        assertThat(sessions).allMatch(s -> starts.add(s.start()));
        Map<LocalDate, Long> perDay = sessions.stream()
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), Collectors.counting()));
        assertThat(perDay.values()).allMatch(n -> n <= 4);
    }

    @Test
    void mostClientsComeForAFirstConsultation_aboutOneInThreeTakesTheBase() {
        long first = sessions.stream().filter(s -> s.kind() == SessionKind.FIRST).map(Session::clientId).distinct().count();
        assertThat(first).isBetween(150L, 300L);
        assertThat((double) programs.size() / first).isBetween(0.2, 0.45);
    }

    @Test
    void baseProgress_mostStopByLessonTen_someFinish_someActive_someResumedAfterMonths() {
        assertThat(programs).allMatch(p -> p.total() == 15);
        List<ProgramProgress> stopped = programs.stream().filter(p -> p.enrolment().status() == EnrolmentStatus.STOPPED
                || p.enrolment().status() == EnrolmentStatus.PAUSED).toList();
        assertThat(stopped.stream().filter(p -> p.done() <= 10).count()).isGreaterThan(stopped.size() * 3L / 4);
        List<ProgramProgress> completed = byStatus(EnrolmentStatus.COMPLETED);
        assertThat(completed).isNotEmpty().allMatch(p -> p.done() == 15);
        assertThat(sessions).anyMatch(s -> s.kind() == SessionKind.FINAL && s.status() == SessionStatus.DONE);
        assertThat(byStatus(EnrolmentStatus.PAUSED)).isNotEmpty();
        assertThat(byStatus(EnrolmentStatus.STOPPED)).isNotEmpty();
        assertThat(programs).anyMatch(p -> p.steps().stream().anyMatch(LessonStep::resumedAfterPause));
        List<ProgramProgress> planned = programs.stream().filter(p -> p.steps().stream()
                .anyMatch(s -> s.state() == LessonStep.State.PLANNED)).toList();
        assertThat(planned).isNotEmpty().allMatch(p -> p.enrolment().status() == EnrolmentStatus.ACTIVE);
        assertThat(planned).allMatch(p -> p.steps().stream().filter(s -> s.state() == LessonStep.State.PLANNED)
                .allMatch(s -> !s.date().isAfter(TODAY.plusDays(14))));
    }

    @Test
    void lessons_everyOneOrTwoWeeks_mostly() {
        List<Long> gaps = programs.stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.state() == LessonStep.State.DONE && s.daysSincePrevious() > 0)
                .map(LessonStep::daysSincePrevious).toList();
        assertThat(gaps.stream().filter(g -> g <= 21).count()).isGreaterThan(gaps.size() * 3L / 4);
    }

    @Test
    void cancellationsAndNoShows_aFewPercent_feesMostlyPaid() {
        long missed = sessions.stream().filter(s -> !s.status().occupiesTime()).count();
        assertThat((double) missed / sessions.size()).isBetween(0.03, 0.15);
        assertThat(sessions).anyMatch(s -> s.status() == SessionStatus.CANCELLED_BY_CLIENT && s.lateCancellation());
        assertThat(sessions).anyMatch(s -> s.status() == SessionStatus.CANCELLED_BY_ME);
        assertThat(sessions).anyMatch(s -> s.status() == SessionStatus.NO_SHOW);
        List<Session> held = sessions.stream().filter(s -> s.status() == SessionStatus.DONE).toList();
        assertThat(held).allMatch(s -> s.fee() != null && s.fee() >= 3000 && s.fee() <= 6000 && s.fee() % 500 == 0);
        assertThat(held.stream().filter(Session::paid).count()).isGreaterThan(held.size() * 9L / 10);
    }

    @Test
    void activeClients_haveRecentOrPlannedSessions() {
        Map<Long, List<Session>> byClient = sessions.stream().collect(Collectors.groupingBy(Session::clientId));
        List<ClientSummary> active = clients.stream().filter(c -> c.status() == ClientStatus.ACTIVE).toList();
        assertThat(active).isNotEmpty();
        for (ClientSummary c : active) {
            assertThat(byClient.get(c.id())).as("client %d", c.id())
                    .anyMatch(s -> ChronoUnit.DAYS.between(s.start().toLocalDate(), TODAY) <= 45);
        }
        assertThat(clients).anyMatch(c -> c.nextSession() != null && c.progress() != null);
    }

    @Test
    void sameSeed_sameDiary() throws Exception {
        Path file = folder.resolve("again.db");
        DemoFile.write(file, DemoLanguage.RU, 300, 7, TestClock.FIXED);
        try (Practice practice = Practice.open(file, TestClock.FIXED)) {
            List<Session> again = new ArrayList<>();
            for (ClientSummary c : practice.clients().list()) {
                again.addAll(practice.sessions().forClient(c.id()));
            }
            assertThat(again).containsExactlyInAnyOrderElementsOf(sessions);
        }
    }

    private static List<ProgramProgress> byStatus(EnrolmentStatus status) {
        return programs.stream().filter(p -> p.enrolment().status() == status).toList();
    }
}
