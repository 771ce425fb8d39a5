package org.kabinet.storage;

/**
 * A database operation failed after the file was opened (a full disk, a broken file, a
 * constraint). Unchecked so that repositories compose in lambdas; the UI catches it at the edge
 * and shows its message key in the user's language.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public StorageException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    /** The resource-bundle key of the message to show the user. */
    public String messageKey() {
        return messageKey;
    }
}
