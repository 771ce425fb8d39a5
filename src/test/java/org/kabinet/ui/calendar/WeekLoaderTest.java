package org.kabinet.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.model.Client;
import org.kabinet.model.ClientBuilder;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;

class WeekLoaderTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    private Practice practice;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("week.db"), TestClock.FIXED);
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void load_weekWithALessonAndACancelledSession_namesClientsAndLessonsAndKeepsTheCancelledHourFree() {
        Client anna = practice.clients().save(new ClientBuilder().name("Petrova", "Anna", "").build());
        Program base = practice.programs().programs().get(0);
        Lesson first = practice.programs().lessons(base.id()).get(0);
        Enrolment enrolment = practice.enrolments().enrol(anna.id(), base.id(), MONDAY, null);
        Session lesson = practice.sessions().save(Session.planned(anna.id(), MONDAY.plusDays(2).atTime(10, 0),
                SessionKind.LESSON).withLesson(enrolment.id(), first.id()), Set.of());
        practice.sessions().save(Session.planned(anna.id(), MONDAY.plusDays(3).atTime(12, 0), SessionKind.SINGLE)
                .withStatus(SessionStatus.CANCELLED_BY_CLIENT), Set.of());

        WeekSnapshot week = new WeekLoader(practice).load(MONDAY);

        assertThat(week.today()).isEqualTo(TestClock.TODAY);
        assertThat(week.name(anna.id()).full()).isEqualTo("Petrova Anna");
        assertThat(week.lessons()).containsKey(lesson.lessonId());
        assertThat(week.layout().sessionCount()).isEqualTo(1);
        assertThat(week.layout().days().get(3).free()).extracting(c -> c.start().getHour()).contains(12);
        assertThat(week.layout().days().get(2).free()).extracting(c -> c.start().getHour()).doesNotContain(10);
    }

    @Test
    void load_clientAddedAfterTheFirstRead_isNamedOnTheNextRead() {
        WeekLoader loader = new WeekLoader(practice);
        practice.clients().save(new ClientBuilder().name("Orlova", "Vera", "").build());
        loader.load(MONDAY);
        Client later = practice.clients().save(new ClientBuilder().name("Sidorova", "Maria", "").build());
        practice.sessions().save(Session.planned(later.id(), MONDAY.plusDays(4).atTime(15, 0), SessionKind.FIRST),
                Set.of());

        assertThat(loader.load(MONDAY).name(later.id()).full()).isEqualTo("Sidorova Maria");
    }
}
