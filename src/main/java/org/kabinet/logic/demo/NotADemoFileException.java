package org.kabinet.logic.demo;

import java.nio.file.Path;

/** The file exists and holds something other than a demo: a demo is never written over it. */
public final class NotADemoFileException extends RuntimeException {

    private final Path file;

    public NotADemoFileException(Path file) {
        super("not a demo file");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
