package org.readtrack.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Validates a request object built in code (such as a PATCH laid over stored values) with the same
 * constraints and the same error shape as {@code @Valid} on a request body.
 */
@Component
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T validate(T request) {
        errorsOf(request).throwIfAny();
        return request;
    }

    /** The violations, for callers that add checks of their own before failing with all of them. */
    public <T> FieldErrors errorsOf(T request) {
        FieldErrors errors = new FieldErrors();
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            errors.add(FieldNames.snake(violation.getPropertyPath().toString()), violation.getMessage());
        }
        return errors;
    }
}
