package org.kabinet.logic;

import java.util.List;
import java.util.logging.Logger;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.Text;
import org.kabinet.storage.Database;

/**
 * Programs and their lessons, all of it editable: titles, descriptions, order, new lessons and
 * retired ones. The history of clients who did a lesson is never broken: such a lesson can be
 * retired, not deleted.
 */
public final class ProgramService {

    private static final Logger LOG = Logger.getLogger(ProgramService.class.getName());
    private static final int MAX_TITLE = 200;

    private final Database db;

    public ProgramService(Database db) {
        this.db = db;
    }

    public List<Program> programs() {
        return db.read(tx -> tx.programs().programs());
    }

    /** The lessons of a program in order, retired ones included. */
    public List<Lesson> lessons(long programId) {
        return db.read(tx -> tx.programs().lessons(programId));
    }

    public Program addProgram(String name) {
        String clean = requireTitle(name);
        Program program = db.write(tx -> tx.programs().addProgram(clean));
        LOG.info(() -> "added program " + program.id());
        return program;
    }

    public void renameProgram(long id, String name) {
        String clean = requireTitle(name);
        db.write(tx -> {
            tx.programs().renameProgram(id, clean);
            return null;
        });
    }

    public void setProgramRetired(long id, boolean retired) {
        db.write(tx -> {
            tx.programs().setProgramRetired(id, retired);
            return null;
        });
    }

    public Lesson addLesson(long programId, String title, String description) {
        String clean = requireTitle(title);
        Lesson lesson = db.write(tx -> tx.programs().addLesson(programId, clean, description == null ? "" : description));
        LOG.info(() -> "added lesson " + lesson.id() + " to program " + programId);
        return lesson;
    }

    /** Saves a lesson's title and description; a built-in lesson may have an empty title (its own comes back). */
    public void updateLesson(Lesson lesson) {
        if (lesson.code() == null) {
            requireTitle(lesson.title());
        } else if (lesson.title().length() > MAX_TITLE) {
            throw new RuleException("program.error.title");
        }
        db.write(tx -> {
            tx.programs().updateLesson(lesson);
            return null;
        });
    }

    public void setLessonRetired(long lessonId, boolean retired) {
        db.write(tx -> {
            tx.programs().setLessonRetired(lessonId, retired);
            return null;
        });
        LOG.info(() -> "lesson " + lessonId + (retired ? " retired" : " brought back"));
    }

    /** Puts the program's lessons in the order of {@code lessonIds}. */
    public void reorder(long programId, List<Long> lessonIds) {
        db.write(tx -> {
            tx.programs().reorder(programId, lessonIds);
            return null;
        });
    }

    /**
     * Deletes a lesson nobody has done or booked.
     *
     * @throws RuleException when sessions cover it: retire it instead, so their history stays whole
     */
    public void deleteLesson(long lessonId) {
        db.write(tx -> {
            int covering = tx.programs().sessionsCovering(lessonId);
            if (covering > 0) {
                throw new RuleException("program.error.lessonInUse", covering);
            }
            tx.programs().deleteLesson(lessonId);
            return null;
        });
        LOG.info(() -> "deleted lesson " + lessonId);
    }

    private static String requireTitle(String title) {
        String clean = Text.clean(title);
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw new RuleException("program.error.title");
        }
        return clean;
    }
}
