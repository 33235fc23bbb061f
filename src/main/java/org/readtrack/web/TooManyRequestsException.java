package org.readtrack.web;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 with {@code Retry-After} in whole seconds, never less than one. */
public class TooManyRequestsException extends ErrorResponseException {

    public TooManyRequestsException(Duration retryAfter) {
        this(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; try again later.", retryAfter);
    }

    protected TooManyRequestsException(HttpStatus status, String detail, Duration retryAfter) {
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        getBody().setProperty("retry_after", seconds);
    }
}
