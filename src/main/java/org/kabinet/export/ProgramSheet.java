package org.kabinet.export;

import java.util.List;

/**
 * The information sheet about a program, as plain texts: a title, an introduction, its lessons
 * under a heading, and further sections (a heading and its paragraph each).
 */
public record ProgramSheet(String title, String introduction, String lessonsHeading, List<String> lessons,
        List<Section> sections, String closing) {

    public ProgramSheet {
        lessons = List.copyOf(lessons);
        sections = List.copyOf(sections);
    }

    /** A heading and its text. */
    public record Section(String heading, String text) {
    }
}
