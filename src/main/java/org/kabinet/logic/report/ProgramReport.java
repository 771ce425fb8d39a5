package org.kabinet.logic.report;

import java.util.List;
import java.util.OptionalDouble;
import org.kabinet.model.Program;

/**
 * The numbers of one program over one period; see {@link ProgramReportCalculator} for how each is
 * defined. {@code funnel.get(k - 1)} is the number of enrolled clients who reached lesson k.
 */
public record ProgramReport(
        Program program,
        ReportPeriod period,
        int told,
        int enrolled,
        List<Integer> funnel,
        int stoppedByLessonTen,
        OptionalDouble medianDaysBetweenLessons,
        int resumedAfterPause) {

    /** The lesson the practice watches: most who stop, stop by it. */
    public static final int WATCHED_LESSON = 10;

    public ProgramReport {
        funnel = List.copyOf(funnel);
    }

    /** Enrolled as a share of those told, 0..1 (may pass 1); empty when nobody was told. */
    public OptionalDouble share() {
        return told == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) enrolled / told);
    }

    /** The program's lessons still offered: the length of the funnel. */
    public int lessonCount() {
        return funnel.size();
    }

    /** Whether the period holds nothing to report: no first consultation and nobody enrolled. */
    public boolean isEmpty() {
        return told == 0 && enrolled == 0;
    }
}
