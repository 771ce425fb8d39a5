package org.kabinet.model;

/** What a search result is, in the order the groups are shown. */
public enum SearchKind {
    CLIENT,
    NOTE,
    HOMEWORK,
    LESSON
}
