package org.readtrack.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 400 with the per-field {@code errors} member. */
public class InvalidRequestException extends ErrorResponseException {

    InvalidRequestException(FieldErrors errors) {
        super(HttpStatus.BAD_REQUEST, Problems.invalid(errors.asMap()), null);
    }

    @Override
    public String getMessage() {
        return "Invalid request: " + getBody().getProperties();
    }
}
