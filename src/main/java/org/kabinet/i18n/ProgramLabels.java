package org.kabinet.i18n;

import org.kabinet.model.Lesson;
import org.kabinet.model.Program;
import org.kabinet.model.ProgressBadge;

/**
 * How programs and lessons are named on screen, in sheets and in reports: her own name when she
 * gave one, else the shipped name in the user's language ("Base" / «База», "Lesson 6" / «Урок 6»).
 */
public final class ProgramLabels {

    private static final String PLACEHOLDER_PREFIX = "base.lesson";

    private ProgramLabels() {
    }

    public static String program(Program program, Messages messages) {
        return program(program.code(), program.name(), messages);
    }

    public static String program(String code, String name, Messages messages) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return code == null ? "" : messages.get("program." + code);
    }

    public static String lesson(Lesson lesson, Messages messages) {
        if (lesson.hasOwnTitle() || lesson.code() == null) {
            return lesson.title();
        }
        if (lesson.code().startsWith(PLACEHOLDER_PREFIX)) {
            return messages.get("lesson.base.placeholder", lesson.code().substring(PLACEHOLDER_PREFIX.length()));
        }
        return messages.get("lesson." + lesson.code());
    }

    /** "Base 7/15" / «База 7/15». */
    public static String badge(ProgressBadge badge, Messages messages) {
        return messages.get("progress.badge", program(badge.programCode(), badge.programName(), messages),
                badge.done(), badge.total());
    }
}
