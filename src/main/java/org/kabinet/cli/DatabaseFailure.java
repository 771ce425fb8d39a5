package org.kabinet.cli;

import org.kabinet.storage.DatabaseOpenException;

/** Carries a refused file out of a command, to be told to the user in one line. */
final class DatabaseFailure extends RuntimeException {

    DatabaseFailure(DatabaseOpenException cause) {
        super(cause);
    }

    @Override
    public synchronized DatabaseOpenException getCause() {
        return (DatabaseOpenException) super.getCause();
    }
}
