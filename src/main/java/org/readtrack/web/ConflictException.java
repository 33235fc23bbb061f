package org.readtrack.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the request is valid but clashes with what is stored (a duplicate, or a delete that would orphan data). */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
    }

    /** A value that must be unique is taken: 409 with the field named in {@code errors}, as validation names it. */
    public static ConflictException onField(String field, String message) {
        return new ConflictException(message).with("errors", java.util.Map.of(field, java.util.List.of(message)));
    }

    /** Adds a member to the problem body, such as {@code existing_id}. */
    public ConflictException with(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }
}
