package org.kabinet.model;

/** The presenting problems a client comes with (темы обращения), used as tags on the card. */
public enum ProblemTag {
    RELATIONSHIPS,
    FEARS_AND_ANXIETY,
    FINDING_ONESELF,
    PSYCHOSOMATICS,
    DEPRESSION,
    SELF_DOUBT,
    ADDICTION,
    MIDLIFE_CRISIS,
    STRESS,
    CONFLICT,
    CHILDRENS_ISSUES,
    OTHER
}
