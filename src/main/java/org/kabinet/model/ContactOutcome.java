package org.kabinet.model;

/** How a contact went. */
public enum ContactOutcome {
    TALKED,
    NO_ANSWER,
    /** Asked to be called later. */
    CALL_LATER,
    /** A session was booked. */
    BOOKED,
    DECLINED,
    /** Asked not to be contacted: the card is marked "do not contact". */
    DO_NOT_CONTACT;

    /** Whether she reached the client (a message left unanswered does not count). */
    public boolean reached() {
        return this != NO_ANSWER;
    }
}
