package org.kabinet.model;

/** The client's sex, as she records it; absent when not stated. */
public enum Sex {
    FEMALE,
    MALE
}
