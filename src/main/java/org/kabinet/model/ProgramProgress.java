package org.kabinet.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client's way through the program of one enrolment, lesson by lesson. Retired lessons count
 * only for clients who did them, so retiring a lesson never takes away anybody's progress: a
 * client who did 7 of the 15 lessons stays at 7/15.
 */
public record ProgramProgress(Enrolment enrolment, Program program, List<LessonStep> steps) {

    /**
     * Works out the steps from the program's lessons (retired ones included) and the client's
     * sessions in this enrolment.
     */
    public static ProgramProgress of(Enrolment enrolment, Program program, List<Lesson> lessons,
            List<Session> sessions) {
        Map<Long, List<Session>> done = new HashMap<>();
        Map<Long, Session> planned = new HashMap<>();
        List<Session> inOrder = sessions.stream()
                .filter(s -> s.lessonId() != null && Long.valueOf(enrolment.id()).equals(s.enrolmentId()))
                .sorted(Comparator.comparing(Session::start))
                .toList();
        for (Session s : inOrder) {
            if (s.status() == SessionStatus.DONE) {
                done.computeIfAbsent(s.lessonId(), k -> new ArrayList<>()).add(s);
            } else if (s.status() == SessionStatus.PLANNED) {
                planned.putIfAbsent(s.lessonId(), s);
            }
        }
        Map<Long, Long> gaps = gapsBeforeEachLesson(inOrder);
        List<LessonStep> steps = new ArrayList<>();
        lessons.stream().sorted(Comparator.comparingInt(Lesson::position)).forEach(lesson -> {
            List<Session> times = done.get(lesson.id());
            Session plan = planned.get(lesson.id());
            if (times != null) {
                Session first = times.get(0);
                steps.add(new LessonStep(lesson, LessonStep.State.DONE, first.start().toLocalDate(), first.id(),
                        times.size(), gaps.getOrDefault(first.id(), -1L)));
            } else if (plan != null) {
                steps.add(new LessonStep(lesson, LessonStep.State.PLANNED, plan.start().toLocalDate(), plan.id(), 0,
                        -1));
            } else if (!lesson.retired()) {
                steps.add(new LessonStep(lesson, LessonStep.State.NOT_YET, null, null, 0, -1));
            }
        });
        return new ProgramProgress(enrolment, program, List.copyOf(steps));
    }

    /** Session id → days since the lesson done before it, for every lesson done after another. */
    private static Map<Long, Long> gapsBeforeEachLesson(List<Session> inOrder) {
        Map<Long, Long> gaps = new HashMap<>();
        LocalDate previous = null;
        for (Session s : inOrder) {
            if (s.status() != SessionStatus.DONE) {
                continue;
            }
            LocalDate day = s.start().toLocalDate();
            if (previous != null) {
                gaps.put(s.id(), ChronoUnit.DAYS.between(previous, day));
            }
            previous = day;
        }
        return gaps;
    }

    public int done() {
        return (int) steps.stream().filter(s -> s.state() == LessonStep.State.DONE).count();
    }

    public int total() {
        return steps.size();
    }

    /** The first lesson not done and not planned: what to plan next. */
    public Optional<Lesson> nextLesson() {
        return steps.stream().filter(s -> s.state() == LessonStep.State.NOT_YET).map(LessonStep::lesson).findFirst();
    }

    /** The day of the latest lesson done, if any. */
    public Optional<LocalDate> lastLessonDate() {
        return steps.stream().filter(s -> s.state() == LessonStep.State.DONE).map(LessonStep::date)
                .max(Comparator.naturalOrder());
    }

    /** Whether {@code lessonId} has been done already in this enrolment. */
    public boolean isDone(long lessonId) {
        return steps.stream().anyMatch(s -> s.lesson().id() == lessonId && s.state() == LessonStep.State.DONE);
    }

    public ProgressBadge badge() {
        return new ProgressBadge(program.code(), program.name(), done(), total(), enrolment.status());
    }
}
