package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Homework;
import org.kabinet.model.Note;
import org.kabinet.model.NoteText;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;
import org.kabinet.model.TimelineEntry;
import org.kabinet.model.TimelineKind;
import org.kabinet.testutil.TestClock;

/** The timeline: every kind of thing about a client, in one list, the latest first. */
class TimelineServiceTest {

    @TempDir
    Path dir;

    private ProgramFixture f;
    private TimelineService timeline;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
        timeline = new TimelineService(f.db, TestClock.FIXED);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void forClient_everyKind_latestFirst() {
        Client olga = f.olga();
        Enrolment enrolment = f.enrolInBase(olga, LocalDateTime.of(2026, 10, 1, 10, 0));
        Session lesson = f.lesson(enrolment, f.lesson(1), LocalDateTime.of(2026, 10, 6, 11, 0), SessionStatus.DONE);
        Session single = f.save(Session.planned(olga.id(), LocalDateTime.of(2026, 11, 10, 11, 0), SessionKind.SINGLE)
                .withStatus(SessionStatus.DONE));
        new NoteService(f.db, TestClock.FIXED).save(Note.draft(olga.id(), single.id(), LocalDate.of(2026, 11, 10))
                .withText(NoteText.free("о матери")));
        long exercise = new ExerciseService(f.db).library(Locale.ENGLISH).get(0).id();
        new HomeworkService(f.db, TestClock.FIXED).assign(List.of(new Homework(0, olga.id(), lesson.id(), null,
                exercise, "", "", LocalDate.of(2026, 10, 6), null, null, "", "")), false);

        List<TimelineEntry> entries = timeline.forClient(olga.id(), Locale.ENGLISH).entries();

        // The card was saved "now" (24 November), after the sessions she entered for the autumn.
        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(TimelineKind.STATUS,
                TimelineKind.SESSION, TimelineKind.NOTE, TimelineKind.LESSON, TimelineKind.HOMEWORK,
                TimelineKind.PROGRAM);
        assertThat(entries).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
        TimelineEntry homework = entries.stream().filter(e -> e.kind() == TimelineKind.HOMEWORK).findFirst()
                .orElseThrow();
        assertThat(homework.homework().title()).as("a shipped exercise shows its title").isNotBlank();
        assertThat(timeline.forClient(olga.id(), Locale.ENGLISH).lessons()).containsKey(f.lesson(1).id());
    }

    @Test
    void forClient_hundredsOfSessions_allThere() {
        Client olga = f.olga();
        for (int i = 0; i < 300; i++) {
            f.save(Session.planned(olga.id(), LocalDateTime.of(2020, 1, 6, 9, 0).plusDays(i * 3L), SessionKind.SINGLE)
                    .withStatus(SessionStatus.DONE));
        }

        assertThat(timeline.forClient(olga.id(), Locale.ENGLISH).entries())
                .filteredOn(e -> e.kind() == TimelineKind.SESSION).hasSize(300);
    }
}
