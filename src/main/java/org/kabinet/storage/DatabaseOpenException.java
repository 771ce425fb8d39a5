package org.kabinet.storage;

import java.nio.file.Path;

/** The database file was refused; the file has been left exactly as it was. */
public class DatabaseOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final OpenProblem problem;

    public DatabaseOpenException(Path file, OpenProblem problem, String detail, Throwable cause) {
        super(problem + ": " + detail, cause);
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public OpenProblem problem() {
        return problem;
    }
}
