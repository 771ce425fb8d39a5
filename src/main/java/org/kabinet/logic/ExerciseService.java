package org.kabinet.logic;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.kabinet.model.Exercise;
import org.kabinet.storage.Database;

/**
 * The homework library: shipped exercises in the user's language and her own, editable, tagged,
 * retired rather than deleted (homework given keeps pointing at them); and the default exercises
 * of program lessons.
 */
public final class ExerciseService {

    private static final Logger LOG = Logger.getLogger(ExerciseService.class.getName());
    private static final int MAX_TITLE = 200;

    private final Database db;

    public ExerciseService(Database db) {
        this.db = db;
    }

    /** Every exercise, retired ones included, with shipped texts in the language of {@code locale}. */
    public List<Exercise> library(Locale locale) {
        ExerciseTexts texts = ExerciseTexts.of(locale);
        return db.read(tx -> tx.exercises().all()).stream().map(texts::resolve).toList();
    }

    /**
     * Saves a new or edited exercise. Editing a shipped one keeps her texts as her own from then
     * on.
     *
     * @throws RuleException {@code exercise.error.title} when the title is empty or too long
     */
    public Exercise save(Exercise exercise) {
        if (exercise.title().isEmpty() || exercise.title().length() > MAX_TITLE) {
            throw new RuleException("exercise.error.title");
        }
        Exercise own = exercise.withTexts(exercise.title(), exercise.purpose(), exercise.instructions(),
                exercise.duration(), exercise.frequency(), exercise.questions());
        Exercise saved = db.write(tx -> {
            if (own.isNew()) {
                return tx.exercises().insert(own);
            }
            tx.exercises().update(own);
            return own;
        });
        LOG.info(() -> (exercise.isNew() ? "added exercise " : "saved exercise ") + saved.id());
        return saved;
    }

    /** Retires an exercise (or brings it back): it stays on homework given, but is not offered. */
    public void setRetired(Exercise exercise, boolean retired) {
        db.write(tx -> {
            Exercise stored = tx.exercises().find(exercise.id()).orElseThrow(() -> new RuleException("exercise.gone"));
            tx.exercises().update(new Exercise(stored.id(), stored.code(), stored.ownTexts(), stored.title(),
                    stored.method(), stored.purpose(), stored.instructions(), stored.duration(), stored.frequency(),
                    stored.questions(), stored.tags(), retired));
            return null;
        });
    }

    /** The exercises a lesson gives by default, in order. */
    public List<Long> lessonDefaults(long lessonId) {
        return db.read(tx -> tx.exercises().lessonDefaults(lessonId));
    }

    public void setLessonDefaults(long lessonId, List<Long> exerciseIds) {
        db.write(tx -> {
            tx.exercises().setLessonDefaults(lessonId, exerciseIds);
            return null;
        });
    }
}
