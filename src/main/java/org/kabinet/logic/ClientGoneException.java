package org.kabinet.logic;

/** The client was deleted (in another window of time) before this action reached them. */
public class ClientGoneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClientGoneException(long id) {
        super("no client " + id);
    }
}
