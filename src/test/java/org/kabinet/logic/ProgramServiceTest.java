package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Client;
import org.kabinet.model.Enrolment;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.SessionStatus;

/** Editing programs without breaking clients' history. */
class ProgramServiceTest {

    @TempDir
    Path dir;

    private ProgramFixture f;

    @BeforeEach
    void open() {
        f = new ProgramFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void deleteLesson_withSessions_isRefusedWithTheCount_andKept() {
        Client olga = f.olga();
        Enrolment enrolment = f.enrolInBase(olga, LocalDateTime.of(2026, 1, 13, 10, 0));
        f.lesson(enrolment, f.lesson(4), LocalDateTime.of(2026, 1, 13, 10, 0), SessionStatus.DONE);
        f.lesson(enrolment, f.lesson(4), LocalDateTime.of(2026, 1, 20, 10, 0), SessionStatus.CANCELLED_BY_CLIENT);

        assertThatThrownBy(() -> f.programs.deleteLesson(f.lesson(4).id()))
                .isInstanceOfSatisfying(RuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("program.error.lessonInUse");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThat(f.programs.lessons(f.base.id())).hasSize(15);
    }

    @Test
    void deleteLesson_onlyPlanned_isRefusedToo() {
        Client olga = f.olga();
        Enrolment enrolment = f.enrolInBase(olga, LocalDateTime.of(2026, 11, 20, 10, 0));
        f.lesson(enrolment, f.lesson(1), LocalDateTime.of(2026, 11, 27, 10, 0), SessionStatus.PLANNED);

        assertThatThrownBy(() -> f.programs.deleteLesson(f.lesson(1).id())).isInstanceOf(RuleException.class);
    }

    @Test
    void deleteLesson_nobodyDidIt_isDeleted() {
        f.programs.deleteLesson(f.lesson(15).id());

        List<Lesson> left = f.programs.lessons(f.base.id());
        assertThat(left).hasSize(14).extracting(Lesson::id).doesNotContain(f.lesson(15).id());
    }

    @Test
    void lessons_renamedReorderedAddedAndRetired_keepTheirIds() {
        Lesson birth = f.lesson(1);
        f.programs.updateLesson(birth.withTitle("Рождение").withDescription("О начале"));
        Lesson added = f.programs.addLesson(f.base.id(), "Прощание", "");
        f.programs.setLessonRetired(f.lesson(2).id(), true);
        f.programs.reorder(f.base.id(), List.of(f.lesson(3).id(), birth.id()));

        List<Lesson> lessons = f.programs.lessons(f.base.id());
        assertThat(lessons).hasSize(16);
        assertThat(lessons.get(0).id()).isEqualTo(f.lesson(3).id());
        assertThat(lessons.get(1)).satisfies(l -> {
            assertThat(l.id()).isEqualTo(birth.id());
            assertThat(l.title()).isEqualTo("Рождение");
            assertThat(l.description()).isEqualTo("О начале");
            assertThat(l.code()).isEqualTo("base.birth");
        });
        assertThat(lessons).filteredOn(Lesson::retired).extracting(Lesson::id).containsExactly(f.lesson(2).id());
        assertThat(lessons.get(15)).isEqualTo(added);
        assertThat(added.position()).isEqualTo(16);
    }

    @Test
    void program_needsAName_andARetiredOneTakesNoEnrolments() {
        assertThatThrownBy(() -> f.programs.addProgram("  ")).isInstanceOf(RuleException.class)
                .hasMessage("program.error.title");
        Program method = f.programs.addProgram("Метод");
        f.programs.setProgramRetired(method.id(), true);
        Client olga = f.olga();

        assertThatThrownBy(() -> f.enrolments.enrol(olga.id(), method.id(), null, null))
                .isInstanceOf(RuleException.class).hasMessage("enrolment.error.retiredProgram");
        assertThat(f.programs.programs()).extracting(Program::id).containsExactly(f.base.id(), method.id());
    }
}
