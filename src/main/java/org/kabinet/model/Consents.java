package org.kabinet.model;

import java.time.LocalDate;

/**
 * What the client has agreed to. {@code dataProcessingDate} is the day consent to the processing
 * of personal data was given (absent: not yet given). {@code doNotContact} overrides the others:
 * such a client is never called or messaged unless they get in touch first.
 */
public record Consents(
        LocalDate dataProcessingDate,
        boolean sessionMessages,
        boolean birthdayGreetings,
        boolean doNotContact) {

    public static final Consents NONE = new Consents(null, false, false, false);

    public boolean dataProcessingGiven() {
        return dataProcessingDate != null;
    }

    /** Whether she may reach out about sessions at all. */
    public boolean mayContact() {
        return sessionMessages && !doNotContact;
    }

    /** Whether a birthday greeting is welcome. */
    public boolean mayGreet() {
        return birthdayGreetings && !doNotContact;
    }
}
