package org.kabinet.ui.main;

/** The areas of the practice the sidebar leads to, in its order. */
public enum Area {
    TODAY,
    CALLS,
    CLIENTS,
    CALENDAR,
    PROGRAMS,
    REPORT,
    LIBRARY
}
