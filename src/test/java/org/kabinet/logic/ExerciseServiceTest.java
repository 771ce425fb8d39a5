package org.kabinet.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.model.Exercise;
import org.kabinet.model.ExerciseMethod;
import org.kabinet.model.Lesson;
import org.kabinet.storage.Database;
import org.kabinet.testutil.TestDatabases;

/** The exercise library: her own exercises, edited shipped ones, tags, retiring, lessons' defaults. */
class ExerciseServiceTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private Database db;
    private ExerciseService exercises;

    @BeforeEach
    void open() {
        db = TestDatabases.fresh(dir);
        exercises = new ExerciseService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Exercise own(String title, List<String> tags) {
        return exercises.save(new Exercise(0, null, true, title, ExerciseMethod.BODY, "Заземлиться",
                "Встать\nПочувствовать стопы", "5 минут", "каждый день", "Что заметили?", tags, false));
    }

    private Exercise byId(Locale locale, long id) {
        return exercises.library(locale).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Test
    void library_newFile_hasTheFourteenShippedExercises() {
        assertThat(exercises.library(RU)).hasSize(14).allMatch(e -> e.code() != null && !e.ownTexts());
    }

    @Test
    void save_emptyTitle_isRefusedAndNothingSaved() {
        assertThatThrownBy(() -> exercises.save(Exercise.blank()))
                .isInstanceOfSatisfying(RuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("exercise.error.title"));
        assertThatThrownBy(() -> exercises.save(Exercise.blank().withTexts("x".repeat(201), "", "", "", "", "")))
                .isInstanceOf(RuleException.class);
        assertThat(exercises.library(Locale.ENGLISH)).hasSize(14);
    }

    @Test
    void save_ownExercise_readBackWithItsStepsAndTags() {
        Exercise saved = own("Заземление", List.of("тревога", " сон ", "тревога"));

        Exercise read = byId(RU, saved.id());
        assertThat(read.code()).isNull();
        assertThat(read.ownTexts()).isTrue();
        assertThat(read.title()).isEqualTo("Заземление");
        assertThat(read.steps()).containsExactly("Встать", "Почувствовать стопы");
        assertThat(read.questionList()).containsExactly("Что заметили?");
        assertThat(read.tags()).containsExactlyInAnyOrder("тревога", "сон");
    }

    @Test
    void save_tagsChanged_replacesTheOldOnes() {
        Exercise saved = own("Заземление", List.of("тревога", "сон"));

        exercises.save(new Exercise(saved.id(), null, true, saved.title(), saved.method(), saved.purpose(),
                saved.instructions(), saved.duration(), saved.frequency(), saved.questions(), List.of("тело"), false));

        assertThat(byId(RU, saved.id()).tags()).containsExactly("тело");
    }

    @Test
    void save_editedShippedExercise_keepsHerTextsInBothLanguages() {
        Exercise shipped = exercises.library(RU).get(0);
        Exercise edited = shipped.withTexts("Мой вечерний обзор", "Подвести итог дня", "Вспомнить день с конца",
                "10 минут", "каждый вечер", "Что получилось?");

        exercises.save(new Exercise(edited.id(), edited.code(), false, edited.title(), edited.method(),
                edited.purpose(), edited.instructions(), edited.duration(), edited.frequency(), edited.questions(),
                edited.tags(), false));

        for (Locale locale : List.of(RU, Locale.ENGLISH)) {
            Exercise read = byId(locale, shipped.id());
            assertThat(read.code()).isEqualTo(shipped.code());
            assertThat(read.ownTexts()).isTrue();
            assertThat(read.title()).isEqualTo("Мой вечерний обзор");
            assertThat(read.purpose()).isEqualTo("Подвести итог дня");
            assertThat(read.steps()).containsExactly("Вспомнить день с конца");
            assertThat(read.frequency()).isEqualTo("каждый вечер");
        }
    }

    @Test
    void setRetired_retiresAndBringsBack_keepingTheTexts() {
        Exercise saved = own("Заземление", List.of("сон"));
        Exercise shipped = exercises.library(RU).get(1);

        exercises.setRetired(saved, true);
        exercises.setRetired(shipped, true);
        assertThat(byId(RU, saved.id()).retired()).isTrue();
        assertThat(byId(RU, shipped.id())).satisfies(e -> {
            assertThat(e.retired()).isTrue();
            assertThat(e.ownTexts()).isFalse();
        });

        exercises.setRetired(saved, false);
        Exercise back = byId(RU, saved.id());
        assertThat(back.retired()).isFalse();
        assertThat(back.title()).isEqualTo("Заземление");
        assertThat(back.tags()).containsExactly("сон");
    }

    @Test
    void setLessonDefaults_readBackInOrder_andReplaced() {
        Lesson lesson = new ProgramService(db).lessons(new ProgramService(db).programs().get(0).id()).get(1);
        List<Long> ids = exercises.library(RU).stream().map(Exercise::id).toList();

        exercises.setLessonDefaults(lesson.id(), List.of(ids.get(6), ids.get(0), ids.get(9)));
        assertThat(exercises.lessonDefaults(lesson.id())).containsExactly(ids.get(6), ids.get(0), ids.get(9));

        exercises.setLessonDefaults(lesson.id(), List.of(ids.get(9)));
        assertThat(exercises.lessonDefaults(lesson.id())).containsExactly(ids.get(9));
    }
}
