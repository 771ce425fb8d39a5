package org.kabinet.model;

/** The paper sheets are printed on. */
public enum PaperSize {
    A4,
    LETTER
}
