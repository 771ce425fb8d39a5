package org.kabinet.ui.main;

/** The tabs of a client's card, for screens that open a card at one of them. */
public enum CardTab {
    PROFILE,
    SESSIONS,
    PROGRAM,
    HOMEWORK,
    NOTES,
    TIMELINE
}
