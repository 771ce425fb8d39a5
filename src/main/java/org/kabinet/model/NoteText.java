package org.kabinet.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * The words of a note: the free text, and the sections of the structure she can switch on. Kept as
 * typed (line breaks and spaces included), so that saving while she types never changes what she
 * sees; null becomes the empty string.
 */
public record NoteText(String body, String theme, String brought, String techniques, String observations,
        String homeworkReview, String plan) {

    /** Room for a very long note (about a megabyte of text) and no more: a paste gone wrong. */
    public static final int MAX_LENGTH = 2_000_000;

    public static final NoteText EMPTY = new NoteText("", "", "", "", "", "", "");

    public NoteText {
        body = orEmpty(body);
        theme = orEmpty(theme);
        brought = orEmpty(brought);
        techniques = orEmpty(techniques);
        observations = orEmpty(observations);
        homeworkReview = orEmpty(homeworkReview);
        plan = orEmpty(plan);
    }

    /** Only free text. */
    public static NoteText free(String body) {
        return new NoteText(body, "", "", "", "", "", "");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public String section(NoteSection section) {
        return switch (section) {
            case THEME -> theme;
            case BROUGHT -> brought;
            case TECHNIQUES -> techniques;
            case OBSERVATIONS -> observations;
            case HOMEWORK_REVIEW -> homeworkReview;
            case PLAN -> plan;
        };
    }

    /** This text with one section changed. */
    public NoteText withSection(NoteSection section, String text) {
        Map<NoteSection, String> parts = sections();
        parts.put(section, text);
        return new NoteText(body, parts.get(NoteSection.THEME), parts.get(NoteSection.BROUGHT),
                parts.get(NoteSection.TECHNIQUES), parts.get(NoteSection.OBSERVATIONS),
                parts.get(NoteSection.HOMEWORK_REVIEW), parts.get(NoteSection.PLAN));
    }

    public NoteText withBody(String text) {
        return new NoteText(text, theme, brought, techniques, observations, homeworkReview, plan);
    }

    /** Section → its text, in the order of {@link NoteSection}. */
    public Map<NoteSection, String> sections() {
        Map<NoteSection, String> parts = new EnumMap<>(NoteSection.class);
        for (NoteSection s : NoteSection.values()) {
            parts.put(s, section(s));
        }
        return parts;
    }

    public boolean isBlank() {
        return length() == 0 || (body.isBlank() && sections().values().stream().allMatch(String::isBlank));
    }

    /** All the characters of the note, free text and sections together. */
    public int length() {
        int total = body.length();
        for (NoteSection s : NoteSection.values()) {
            total += section(s).length();
        }
        return total;
    }

    /** The first line that says something, for lists: the theme when there is one, else the text. */
    public String headline() {
        for (String candidate : new String[] {theme, body, brought, techniques, observations, homeworkReview, plan}) {
            for (String line : candidate.split("\\R")) {
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        }
        return "";
    }
}
