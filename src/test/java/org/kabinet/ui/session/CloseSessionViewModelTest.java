package org.kabinet.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Language;
import org.kabinet.logic.ClosedSession;
import org.kabinet.logic.Practice;
import org.kabinet.logic.RuleException;
import org.kabinet.logic.SessionWarning;
import org.kabinet.model.Session;
import org.kabinet.model.SessionStatus;
import org.kabinet.testutil.TestClock;
import org.kabinet.ui.common.SameThreadTaskExecutor;
import org.kabinet.ui.today.TodayFixtures;

/** The close-session panel's state and saving, without a window, on a real practice file. */
class CloseSessionViewModelTest {

    @TempDir
    Path folder;

    private Practice practice;
    private TodayFixtures f;
    private CloseSessionViewModel vm;
    private final List<List<SessionWarning>> asked = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private boolean acceptWarnings;
    private ClosedSession closed;

    @BeforeEach
    void open() throws Exception {
        practice = Practice.open(folder.resolve("close.db"), TestClock.FIXED);
        f = TodayFixtures.in(practice);
        vm = new CloseSessionViewModel(practice, new SameThreadTaskExecutor(), new DateFormats(Language.EN),
                errors::add);
        vm.setPrompts(new CloseSessionViewModel.Prompts() {
            @Override
            public boolean accept(List<SessionWarning> warnings) {
                asked.add(warnings);
                return acceptWarnings;
            }

            @Override
            public void refused(RuleException refusal) {
                errors.add(refusal);
            }
        });
    }

    @AfterEach
    void close() {
        practice.close();
    }

    @Test
    void parseTime_asPeopleTypeIt_readsTheTimeOrNothing() {
        assertThat(CloseSessionViewModel.parseTime("9")).contains(LocalTime.of(9, 0));
        assertThat(CloseSessionViewModel.parseTime(" 09:30 ")).contains(LocalTime.of(9, 30));
        assertThat(CloseSessionViewModel.parseTime("14.15")).contains(LocalTime.of(14, 15));
        assertThat(CloseSessionViewModel.parseTime("1430")).contains(LocalTime.of(14, 30));
        assertThat(CloseSessionViewModel.parseTime("24:00")).isEmpty();
        assertThat(CloseSessionViewModel.parseTime("9:75")).isEmpty();
        assertThat(CloseSessionViewModel.parseTime("noon")).isEmpty();
    }

    @Test
    void load_fillsTheSuggestionAWeekLater_andThatDaysFreeSlots() {
        vm.load(f.lessonToday().id(), () -> { });

        assertThat(vm.nextDate().get()).isEqualTo("01/12/2026");
        assertThat(vm.nextTime().get()).isEqualTo("11:00");
        assertThat(vm.nextMinutes().get()).isEqualTo("60");
        assertThat(vm.askNextTime().get()).isEqualTo("Как прошёл разговор с мамой?");
        assertThat(vm.data().nextLesson().id()).isEqualTo(f.lessons().get(1).id());
        assertThat(vm.freeSlots()).contains(LocalDateTime.of(2026, 12, 1, 11, 0)).hasSize(11);
    }

    @Test
    void askNextTimePinned_fieldUntouched_showsTheWholeTextAsPinned() {
        vm.load(f.lessonToday().id(), () -> { });

        vm.askNextTimePinned("Как прошёл разговор с мамой?\nО сестре");

        assertThat(vm.askNextTime().get()).isEqualTo("Как прошёл разговор с мамой?\nО сестре");
    }

    @Test
    void askNextTimePinned_fieldEdited_keepsHerWordsAndAddsOnlyTheNewLine() {
        vm.load(f.lessonToday().id(), () -> { });
        vm.askNextTime().set("Про сон");

        vm.askNextTimePinned("Как прошёл разговор с мамой?\nО сестре");

        assertThat(vm.askNextTime().get()).isEqualTo("Про сон\nО сестре");
    }

    @Test
    void save_withoutBookingTheNext_marksDoneOnly_andLeavesTheLineAsItWas() {
        vm.load(f.lessonToday().id(), () -> { });
        vm.bookNext().set(false);
        vm.save(c -> closed = c);

        assertThat(closed.held().status()).isEqualTo(SessionStatus.DONE);
        assertThat(closed.booked()).isEmpty();
        assertThat(practice.sessions().forClient(f.olga().id())).hasSize(1);
        assertThat(practice.clients().load(f.olga().id()).orElseThrow().askNextTime())
                .isEqualTo("Как прошёл разговор с мамой?");
    }

    @Test
    void save_nextOverlappingAnotherSession_asksFirst_andSavesNothingWhenDeclined() {
        Session other = TodayFixtures.singleSession(practice, "Мария", LocalDateTime.of(2026, 12, 1, 11, 30),
                SessionStatus.PLANNED);
        vm.load(f.lessonToday().id(), () -> { });
        // A week later is taken, so the suggestion is two weeks later; she insists on the first.
        assertThat(vm.nextDate().get()).isEqualTo("08/12/2026");
        vm.nextDate().set("01/12/2026");

        vm.save(c -> closed = c);

        assertThat(asked).hasSize(1);
        assertThat(asked.get(0)).extracting(SessionWarning::kind).containsExactly(SessionWarning.Kind.OVERLAP);
        assertThat(asked.get(0).get(0).others()).extracting(Session::id).containsExactly(other.id());
        assertThat(closed).isNull();
        assertThat(practice.sessions().find(f.lessonToday().id()).orElseThrow().status())
                .isEqualTo(SessionStatus.PLANNED);
    }

    @Test
    void save_nextOverlappingAnotherSession_savesOnceAccepted() {
        TodayFixtures.singleSession(practice, "Мария", LocalDateTime.of(2026, 12, 1, 11, 30), SessionStatus.PLANNED);
        vm.load(f.lessonToday().id(), () -> { });
        vm.nextDate().set("01/12/2026");
        acceptWarnings = true;

        vm.save(c -> closed = c);

        assertThat(asked).hasSize(1);
        assertThat(closed.booked()).isPresent();
        assertThat(closed.booked().get().start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 11, 0));
    }

    @Test
    void save_withAWrongDateAndLength_reportsBothBesideTheFields_andSavesNothing() {
        vm.load(f.lessonToday().id(), () -> { });
        vm.nextDate().set("31/02/2026");
        vm.nextMinutes().set("0");

        vm.save(c -> closed = c);

        assertThat(vm.dateError().get()).isEqualTo("close.error.date");
        assertThat(vm.minutesError().get()).isEqualTo("session.error.minutes");
        assertThat(vm.timeError().get()).isEmpty();
        assertThat(closed).isNull();
        assertThat(vm.freeSlots()).isEmpty();
    }

    @Test
    void pickSlot_setsTheTime_andSaveBooksThere() {
        vm.load(f.lessonToday().id(), () -> { });
        vm.pickSlot(LocalDateTime.of(2026, 12, 1, 15, 0));
        vm.askNextTime().set("  the dream diary  ");

        vm.save(c -> closed = c);

        assertThat(closed.booked().orElseThrow().start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 0));
        assertThat(practice.clients().load(f.olga().id()).orElseThrow().askNextTime()).isEqualTo("the dream diary");
        assertThat(errors).isEmpty();
    }
}
