package org.kabinet.model;

/** One of up to three goals agreed with a client, with how far it has come. */
public record Goal(String text, GoalStatus status) {

    /** A card holds at most this many goals: more than three stops being a focus. */
    public static final int MAX_PER_CLIENT = 3;

    public Goal {
        text = Text.clean(text);
        status = status == null ? GoalStatus.SET : status;
    }
}
