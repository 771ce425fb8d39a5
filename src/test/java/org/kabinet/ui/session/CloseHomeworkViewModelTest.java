package org.kabinet.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.logic.Practice;
import org.kabinet.logic.ClosedSession;
import org.kabinet.logic.CloseSession;
import org.kabinet.model.Exercise;
import org.kabinet.model.Homework;
import org.kabinet.model.HomeworkStatus;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.SameThreadTaskExecutor;
import org.kabinet.ui.today.HomeworkLine;
import org.kabinet.ui.today.TodayFixtures;

/** The close-session panel's homework: the lesson's defaults, giving homework linked to the session, reviewing. */
class CloseHomeworkViewModelTest {

    @TempDir
    Path folder;

    private Practice practice;
    private TodayFixtures f;
    private CloseHomeworkViewModel vm;
    private final List<Throwable> errors = new ArrayList<>();
    private Exercise diary;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("close-homework.db"), TestClock.FIXED);
        f = TodayFixtures.in(practice);
        diary = practice.exercises().save(Exercise.blank().withTexts("Dream diary", "", "Write your dreams down", "",
                "", ""));
        vm = new CloseHomeworkViewModel(practice, new SameThreadTaskExecutor(), Locale.ENGLISH, errors::add);
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void closing_withTheLessonsDefaultExerciseAndFreeText_givesBothWithTheSessionInOneStep() {
        long lessonId = f.lessons().get(0).id();
        practice.exercises().setLessonDefaults(lessonId, List.of(diary.id()));
        vm.load(f.olga().id(), lessonId, () -> { });
        assertThat(vm.lessonDefaults()).containsExactly(diary.id());

        LocalDate due = LocalDate.of(2026, 12, 1);
        List<Homework> items = CloseHomeworkViewModel.items(f.olga().id(), f.lessonToday().id(), lessonId,
                List.of(diary), "  Walk every evening ", due);
        ClosedSession closed = practice.sessions().close(new CloseSession(f.lessonToday().id(), null, null, Set.of(),
                items, Map.of()));

        List<Homework> saved = practice.homework().forSession(f.lessonToday().id());
        assertThat(saved).hasSize(2).allSatisfy(h -> {
            assertThat(h.lessonId()).isEqualTo(lessonId);
            assertThat(h.due()).isEqualTo(due);
            assertThat(h.clientId()).isEqualTo(f.olga().id());
            assertThat(h.status()).isEqualTo(HomeworkStatus.ASSIGNED);
            assertThat(h.assignedOn()).isEqualTo(f.lessonToday().start().toLocalDate());
        });
        assertThat(saved).extracting(Homework::exerciseId).containsExactlyInAnyOrder(diary.id(), null);
        assertThat(saved).extracting(Homework::title).contains("Walk every evening");
        assertThat(closed.given()).hasSize(2);
    }

    @Test
    void items_withNothingChosenAndBlankText_areNone_andDueFallsAWeekLaterWithoutANextSession() {
        assertThat(CloseHomeworkViewModel.items(1, 2L, null, List.of(), "   ", LocalDate.of(2026, 12, 1))).isEmpty();
        LocalDate day = LocalDate.of(2026, 11, 24);
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertThat(CloseHomeworkViewModel.due(false, Optional.of(LocalDate.of(2026, 11, 27)), day, today))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(CloseHomeworkViewModel.due(true, Optional.empty(), day, today)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(CloseHomeworkViewModel.due(true, Optional.of(LocalDate.of(2026, 11, 27)), day, today))
                .isEqualTo(LocalDate.of(2026, 11, 27));
        // Written up three weeks late: due tomorrow, not two weeks ago.
        assertThat(CloseHomeworkViewModel.due(false, Optional.empty(), LocalDate.of(2026, 11, 1), today))
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void setStatus_isNotedAndSavedOnlyWithTheSession() {
        Homework given = practice.homework().assign(List.of(new Homework(0, f.olga().id(), null, null, diary.id(), "",
                "", null, null, null, "", "")), false).get(0);
        vm.load(f.olga().id(), null, () -> { });
        assertThat(vm.toReview()).extracting(HomeworkLine::title).containsExactly("Dream diary");

        vm.setStatus(given.id(), HomeworkStatus.PARTLY_DONE);
        vm.setStatus(given.id(), HomeworkStatus.DISCUSSED);
        assertThat(vm.toReview()).extracting(HomeworkLine::status).containsExactly(HomeworkStatus.DISCUSSED);
        // Cancelling the panel would leave it as it was: nothing is written yet.
        assertThat(practice.homework().forClient(f.olga().id()).get(0).status()).isEqualTo(HomeworkStatus.ASSIGNED);

        practice.sessions().close(new CloseSession(f.lessonToday().id(), null, null, Set.of(), List.of(), vm.marks()));
        assertThat(practice.homework().forClient(f.olga().id()).get(0).status()).isEqualTo(HomeworkStatus.DISCUSSED);
    }
}
