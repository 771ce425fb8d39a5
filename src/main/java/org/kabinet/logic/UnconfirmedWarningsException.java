package org.kabinet.logic;

import java.util.List;

/** A session was not saved: there are warnings she has not accepted yet. Nothing was written. */
public class UnconfirmedWarningsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SessionWarning> warnings;

    public UnconfirmedWarningsException(List<SessionWarning> warnings) {
        super("unconfirmed: " + warnings.stream().map(SessionWarning::kind).toList());
        this.warnings = List.copyOf(warnings);
    }

    public List<SessionWarning> warnings() {
        return warnings;
    }
}
