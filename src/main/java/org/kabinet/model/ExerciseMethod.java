package org.kabinet.model;

/** The tradition an exercise comes from. */
public enum ExerciseMethod {
    PSYCHOSYNTHESIS,
    GESTALT,
    IMAGERY,
    BODY,
    COGNITIVE,
    OTHER
}
