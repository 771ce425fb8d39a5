package org.kabinet.ui.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kabinet.i18n.Messages;
import org.kabinet.logic.ProgramService;
import org.kabinet.logic.RuleException;
import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.ui.common.TaskExecutor;

/**
 * The programs screen's state: the programs, the chosen one and its lessons in order. Every
 * change goes to {@link ProgramService} in the background, then the lessons are read again; a
 * refusal (a lesson clients have done cannot be deleted) comes back as a sentence to show.
 */
public final class ProgramsViewModel {

    private final ProgramService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<String> onRefused;
    private final Consumer<Throwable> onError;

    private final ObservableList<Program> programs = FXCollections.observableArrayList();
    private final ObjectProperty<Program> program = new SimpleObjectProperty<>();
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    /** The lesson to select once the lessons are read again (by id), or null. */
    private Long reselect;
    private final ObjectProperty<Lesson> selected = new SimpleObjectProperty<>();

    public ProgramsViewModel(ProgramService service, TaskExecutor executor, Messages messages,
            Consumer<String> onRefused, Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.onRefused = onRefused;
        this.onError = onError;
    }

    public ObservableList<Program> programs() {
        return programs;
    }

    public ObjectProperty<Program> program() {
        return program;
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    /** The lesson selected in the table; the view keeps it in step. */
    public ObjectProperty<Lesson> selected() {
        return selected;
    }

    /** Reads the programs again, keeping the chosen one (the Base at first). */
    public void load() {
        Long keep = program.get() == null ? null : program.get().id();
        run(service::programs, list -> {
            programs.setAll(list);
            Program choice = list.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (choice != null && program.get() != null && program.get().equals(choice)) {
                loadLessons();
            } else {
                program.set(choice);
            }
        });
    }

    /** Reads the chosen program's lessons again. */
    public void loadLessons() {
        loadLessons(() -> { });
    }

    /** Reads the chosen program's lessons again; {@code done} runs once they are shown. */
    private void loadLessons(Runnable done) {
        Program p = program.get();
        if (p == null) {
            lessons.clear();
            done.run();
            return;
        }
        Long keep = reselect != null ? reselect : selected.get() == null ? null : selected.get().id();
        reselect = null;
        run(() -> service.lessons(p.id()), list -> {
            lessons.setAll(list);
            // The first lesson when none was chosen, so that the form is never empty beside a list.
            selected.set(list.stream().filter(l -> keep != null && l.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            done.run();
        });
    }

    /**
     * Selects the lesson with this id, choosing its program first; nothing moves when it is gone. Runs
     * after any reading already asked for (one background thread), so the lesson is chosen last.
     */
    public void selectLesson(long lessonId) {
        run(() -> {
            for (Program p : service.programs()) {
                for (Lesson l : service.lessons(p.id())) {
                    if (l.id() == lessonId) {
                        return new Found(service.programs(), p, l);
                    }
                }
            }
            return null;
        }, found -> {
            if (found == null) {
                return;
            }
            if (!programs.contains(found.program())) {
                programs.setAll(found.programs());
            }
            reselect = found.lesson().id();
            if (found.program().equals(program.get())) {
                loadLessons();
            } else {
                program.set(found.program());
            }
        });
    }

    private record Found(List<Program> programs, Program program, Lesson lesson) {
    }

    public void addProgram(String name) {
        run(() -> service.addProgram(name), added -> {
            program.set(null);
            programs.add(added);
            program.set(added);
        });
    }

    public void renameProgram(String name) {
        Program p = program.get();
        write(() -> service.renameProgram(p.id(), name), this::load);
    }

    public void toggleProgramRetired() {
        Program p = program.get();
        write(() -> service.setProgramRetired(p.id(), !p.retired()), this::load);
    }

    public void addLesson(String title) {
        Program p = program.get();
        run(() -> service.addLesson(p.id(), title, ""), added -> {
            reselect = added.id();
            loadLessons();
        });
    }

    /**
     * Saves the title and description typed. A built-in lesson whose title is its shipped one (or
     * empty) keeps no title of its own, so it follows the user's language. {@code saved} runs once
     * it is written, never when it is refused.
     */
    public void save(Lesson lesson, String title, String description, String shippedTitle, Runnable saved) {
        String own = title == null ? "" : title.strip();
        if (lesson.code() != null && own.equals(shippedTitle)) {
            own = "";
        }
        Lesson changed = lesson.withTitle(own).withDescription(description);
        // Read again before going on, so the form shows what is stored and asks nothing more.
        write(() -> service.updateLesson(changed), () -> loadLessons(saved));
    }

    /** Moves the lesson one place up ({@code -1}) or down ({@code +1}). */
    public void move(Lesson lesson, int delta) {
        List<Lesson> order = new ArrayList<>(lessons);
        int from = order.indexOf(lesson);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        lessons.setAll(order);
        selected.set(lesson);
        List<Long> ids = order.stream().map(Lesson::id).toList();
        long programId = program.get().id();
        write(() -> service.reorder(programId, ids), this::loadLessons);
    }

    public void toggleRetired(Lesson lesson) {
        write(() -> service.setLessonRetired(lesson.id(), !lesson.retired()), this::loadLessons);
    }

    public void delete(Lesson lesson) {
        write(() -> service.deleteLesson(lesson.id()), this::loadLessons);
    }

    private void write(Runnable work, Runnable then) {
        run(() -> {
            work.run();
            return Boolean.TRUE;
        }, done -> then.run());
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        executor.run(work, then, e -> {
            if (e instanceof RuleException rule) {
                loadLessons();
                onRefused.accept(messages.get(rule.messageKey(), rule.args()));
            } else {
                onError.accept(e);
            }
        });
    }
}
