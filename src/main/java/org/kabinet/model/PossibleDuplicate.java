package org.kabinet.model;

/** An existing client who may be the same person as the card being saved, and why. */
public record PossibleDuplicate(long id, PersonName name, Reason reason) {

    /** What the two cards have in common. */
    public enum Reason {
        SAME_NAME_AND_BIRTH_DATE,
        SAME_PHONE
    }
}
