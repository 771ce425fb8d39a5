package org.kabinet.logic;

/**
 * An action refused by a rule of the practice (a lesson clients have done cannot be deleted, say).
 * {@code messageKey} names the explanation in the user's language; nothing was written.
 */
public class RuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public RuleException(String messageKey, Object... args) {
        super(messageKey);
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
