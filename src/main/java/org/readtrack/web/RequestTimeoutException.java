package org.readtrack.web;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 408: the request body did not arrive in time; Tomcat closes the connection after it. */
class RequestTimeoutException extends ErrorResponseException {

    RequestTimeoutException(Duration deadline) {
        super(HttpStatus.REQUEST_TIMEOUT, ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
                "The request body did not arrive within " + deadline.toSeconds() + " seconds."), null);
    }
}
