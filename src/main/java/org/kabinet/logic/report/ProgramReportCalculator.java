package org.kabinet.logic.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabinet.model.Enrolment;
import org.kabinet.model.EnrolmentStatus;
import org.kabinet.model.Lesson;
import org.kabinet.model.LessonStep;
import org.kabinet.model.Program;
import org.kabinet.model.Session;
import org.kabinet.model.SessionKind;
import org.kabinet.model.SessionStatus;

/**
 * Computes a {@link ProgramReport} from records already read; pure, so the screen and the CLI get
 * the same numbers from the same code. The period's days are inclusive at both ends.
 *
 * <ul>
 * <li><b>told</b>: distinct clients with a first consultation (kind FIRST, status DONE) dated in
 * the period. She tells every new client about the program, so this is not per program.</li>
 * <li><b>enrolled</b>: enrolments in the program whose {@code enrolled_on} is in the period.
 * <b>share</b> = enrolled / told (none when told is 0); it can pass 100% when clients told
 * before the period enrol in it.</li>
 * <li><b>done lessons</b> of an enrolment: the distinct lessons of its DONE sessions, whatever
 * their date (also after the period: the report follows those who enrolled in it).</li>
 * <li><b>funnel</b>: for k = 1..N, N the program's lessons not retired, how many of the enrolled
 * have done at least k lessons.</li>
 * <li><b>stopped at or before lesson 10</b>: enrolled whose enrolment is STOPPED, or PAUSED with
 * no done lesson (nor the enrolment itself) within the last 60 days before today, and who have
 * done 10 lessons or fewer. A recent pause is not counted: she often returns from those.</li>
 * <li><b>median days between lessons</b>: the median of the days between each two consecutive
 * DONE lesson sessions of one enrolment, over all the enrolled (the mean of the middle two for an
 * even count); none when no enrolment has two.</li>
 * <li><b>resumed after a pause</b>: enrolled with at least one gap of 60 days or more
 * ({@link LessonStep#RESUMED_AFTER_DAYS}) between consecutive done lessons.</li>
 * </ul>
 */
public final class ProgramReportCalculator {

    private ProgramReportCalculator() {
    }

    /**
     * @param lessons the program's lessons, retired ones included
     * @param enrolments every enrolment in the program
     * @param firstConsultations sessions that may be first consultations (others are ignored)
     * @param lessonSessions the sessions of the enrolled clients (others are ignored)
     */
    public static ProgramReport compute(Program program, ReportPeriod period, LocalDate today,
            List<Lesson> lessons, Collection<Enrolment> enrolments, Collection<Session> firstConsultations,
            Collection<Session> lessonSessions) {
        int told = (int) firstConsultations.stream()
                .filter(s -> s.kind() == SessionKind.FIRST && s.status() == SessionStatus.DONE)
                .filter(s -> period.contains(s.start().toLocalDate()))
                .mapToLong(Session::clientId).distinct().count();
        List<Enrolment> enrolled = enrolments.stream()
                .filter(e -> e.programId() == program.id() && period.contains(e.enrolledOn())).toList();
        Set<Long> enrolledIds = enrolled.stream().map(Enrolment::id).collect(Collectors.toSet());
        Map<Long, List<Session>> doneByEnrolment = lessonSessions.stream()
                .filter(s -> s.status() == SessionStatus.DONE && s.lessonId() != null && s.enrolmentId() != null)
                .filter(s -> enrolledIds.contains(s.enrolmentId()))
                .sorted(Comparator.comparing(Session::start))
                .collect(Collectors.groupingBy(Session::enrolmentId));

        int lessonCount = (int) lessons.stream().filter(l -> !l.retired()).count();
        int[] funnel = new int[lessonCount];
        int stopped = 0;
        int resumed = 0;
        List<Long> gaps = new ArrayList<>();
        for (Enrolment e : enrolled) {
            List<Session> done = doneByEnrolment.getOrDefault(e.id(), List.of());
            int doneLessons = distinctLessons(done);
            for (int k = 1; k <= Math.min(doneLessons, lessonCount); k++) {
                funnel[k - 1]++;
            }
            if (doneLessons <= ProgramReport.WATCHED_LESSON && hasStopped(e, done, today)) {
                stopped++;
            }
            boolean pause = false;
            for (int i = 1; i < done.size(); i++) {
                long days = ChronoUnit.DAYS.between(done.get(i - 1).start().toLocalDate(),
                        done.get(i).start().toLocalDate());
                gaps.add(days);
                pause |= days >= LessonStep.RESUMED_AFTER_DAYS;
            }
            if (pause) {
                resumed++;
            }
        }
        List<Integer> funnelList = new ArrayList<>();
        for (int n : funnel) {
            funnelList.add(n);
        }
        return new ProgramReport(program, period, told, enrolled.size(), funnelList, stopped, median(gaps), resumed);
    }

    private static int distinctLessons(List<Session> done) {
        Set<Long> lessons = new HashSet<>();
        done.forEach(s -> lessons.add(s.lessonId()));
        return lessons.size();
    }

    /** Stopped, or paused with nothing for {@link LessonStep#RESUMED_AFTER_DAYS} days. */
    private static boolean hasStopped(Enrolment e, List<Session> done, LocalDate today) {
        if (e.status() == EnrolmentStatus.STOPPED) {
            return true;
        }
        if (e.status() != EnrolmentStatus.PAUSED) {
            return false;
        }
        LocalDate last = done.isEmpty() ? e.enrolledOn() : done.get(done.size() - 1).start().toLocalDate();
        return ChronoUnit.DAYS.between(last, today) >= LessonStep.RESUMED_AFTER_DAYS;
    }

    static OptionalDouble median(List<Long> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? OptionalDouble.of(sorted.get(mid))
                : OptionalDouble.of((sorted.get(mid - 1) + sorted.get(mid)) / 2.0);
    }
}
