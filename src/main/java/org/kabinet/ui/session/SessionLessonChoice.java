package org.kabinet.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.kabinet.i18n.DateFormats;
import org.kabinet.i18n.Messages;
import org.kabinet.i18n.ProgramLabels;
import org.kabinet.model.LessonStep;
import org.kabinet.model.ProgramProgress;

/** A lesson offered in the session dialog: which enrolment, which lesson, and how it reads. */
record SessionLessonChoice(long enrolmentId, long lessonId, String label) {

    /**
     * The lessons of the client's open enrolments (and of {@code keepEnrolmentId}, the one the
     * session already names), each with where it stands.
     */
    static List<SessionLessonChoice> of(List<ProgramProgress> programs, Long keepEnrolmentId, Messages messages,
            DateFormats dates) {
        List<SessionLessonChoice> choices = new ArrayList<>();
        for (ProgramProgress p : programs) {
            if (!p.enrolment().isOpen() && !Long.valueOf(p.enrolment().id()).equals(keepEnrolmentId)) {
                continue;
            }
            String program = ProgramLabels.program(p.program(), messages);
            List<LessonStep> steps = p.steps();
            for (int i = 0; i < steps.size(); i++) {
                LessonStep step = steps.get(i);
                String label = program + " · " + (i + 1) + ". " + ProgramLabels.lesson(step.lesson(), messages);
                if (step.state() == LessonStep.State.DONE) {
                    label += " — " + messages.get("card.program.doneOn", dates.format(step.date()));
                } else if (step.state() == LessonStep.State.PLANNED) {
                    label += " — " + messages.get("card.program.plannedOn", dates.format(step.date()));
                }
                choices.add(new SessionLessonChoice(p.enrolment().id(), step.lesson().id(), label));
            }
        }
        return choices;
    }
}
