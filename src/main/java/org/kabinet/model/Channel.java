package org.kabinet.model;

/** A way to reach a client; the preferred one is on the card, later ones log each contact. */
public enum Channel {
    CALL,
    MESSAGE,
    EMAIL,
    IN_PERSON;

    /** The channels a client can prefer to be reached by (in person is not a way to reach someone). */
    public static Channel[] preferable() {
        return new Channel[] {CALL, MESSAGE, EMAIL};
    }
}
