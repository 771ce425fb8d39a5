package org.kabinet.logic;

import java.util.List;
import org.kabinet.model.FieldError;

/** A card was not saved because some fields are wrong; each error names its field. */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("invalid fields: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
