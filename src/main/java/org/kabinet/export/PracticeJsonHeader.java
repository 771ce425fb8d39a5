package org.kabinet.export;

/**
 * The fields before the tables in a practice JSON file (see docs/json-format.md). Read from a file,
 * any of them may be null: the file did not have it, or it was not of the right kind.
 */
public record PracticeJsonHeader(String format, Integer formatVersion, Integer schemaVersion,
        Boolean includesPrivateNotes) {

    /** What {@code format} says in every file Kabinet writes. */
    public static final String FORMAT = "kabinet-export";

    /** The version of the format this Kabinet writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** The header of a file this Kabinet writes. */
    public static PracticeJsonHeader current(int schemaVersion, boolean includesPrivateNotes) {
        return new PracticeJsonHeader(FORMAT, FORMAT_VERSION, schemaVersion, includesPrivateNotes);
    }
}
