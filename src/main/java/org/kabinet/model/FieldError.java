package org.kabinet.model;

/**
 * A problem with one field of a form: which field, and the message key (resolved in the user's
 * language by the caller) that tells the person what to do about it.
 */
public record FieldError(String field, String messageKey) {
}
