package org.kabinet.storage;

/** Why a database file could not be opened; each has its own message for the user. */
public enum OpenProblem {
    /** The file does not exist, and the caller asked not to create one. */
    MISSING("open.missing"),
    /** The file exists but is not an SQLite database at all. */
    NOT_SQLITE("open.notSqlite"),
    /** The file is an SQLite database that fails its integrity check or cannot be read. */
    DAMAGED("open.damaged"),
    /** The file is a healthy SQLite database that belongs to another program. */
    FOREIGN("open.foreign"),
    /** The file was written by a newer Kabinet, whose schema this version does not know. */
    TOO_NEW("open.tooNew"),
    /** Another Kabinet (or another program) has the file open. */
    LOCKED("open.locked"),
    /** The file or its folder cannot be created, read or written. */
    NO_ACCESS("open.noAccess");

    private final String messageKey;

    OpenProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
