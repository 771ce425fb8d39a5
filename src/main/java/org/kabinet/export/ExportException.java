package org.kabinet.export;

/**
 * A sheet that could not be written or printed. {@code messageKey} names the explanation in the
 * user's language; no half-written file was left under the chosen name.
 */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public ExportException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
