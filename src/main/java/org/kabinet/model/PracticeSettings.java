package org.kabinet.model;

/**
 * The practice's own settings, kept in its file and saved together: its name (in the window's
 * title and at the top of printed sheets), what sheets carry, and the follow-up rules.
 */
public record PracticeSettings(String practiceName, SheetSettings sheets, FollowUpSettings followUps) {

    /** The longest practice name: it must fit a window title and one line of a sheet's header. */
    public static final int MAX_NAME = 80;

    public static final PracticeSettings DEFAULT = new PracticeSettings("", SheetSettings.DEFAULT,
            FollowUpSettings.DEFAULT);

    public PracticeSettings {
        practiceName = Text.clean(practiceName);
        sheets = sheets == null ? SheetSettings.DEFAULT : sheets;
        followUps = followUps == null ? FollowUpSettings.DEFAULT : followUps;
    }

    /** The problem with a practice name as typed (a message key), or "" when it is fine. */
    public static String nameProblem(String name) {
        String clean = Text.clean(name);
        if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
            return "settings.practiceName.tooLong";
        }
        return Text.hasControlCharacters(clean, false) ? "settings.practiceName.invalid" : "";
    }
}
