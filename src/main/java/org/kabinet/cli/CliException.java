package org.kabinet.cli;

/** A command cannot run as asked; the message key and its arguments say why, in one line. */
final class CliException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final boolean usage;

    /** The command line itself is wrong: the user is pointed to {@code --help}. */
    CliException(String messageKey, Object... args) {
        this(true, messageKey, args);
    }

    private CliException(boolean usage, String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
        this.usage = usage;
    }

    /** The command line was right but the command cannot do its job. */
    static CliException failure(String messageKey, Object... args) {
        return new CliException(false, messageKey, args);
    }

    boolean isUsage() {
        return usage;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
