package org.readtrack.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.readtrack.shared.BusyException;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.ForbiddenException;
import org.readtrack.shared.InvalidInputException;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.ThrottledException;
import org.readtrack.shared.TooLargeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The problem responses of the failures that services report (see the {@code shared} package). */
final class Problems {

    static final String INVALID_INPUT = "Invalid input.";
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    static ProblemDetail invalid(Map<String, List<String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, INVALID_INPUT);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The response for a service's failure; null for anything else. */
    static ErrorResponseException of(Throwable failure) {
        if (failure instanceof InvalidInputException invalid) {
            return new ErrorResponseException(HttpStatus.BAD_REQUEST, invalid(invalid.errors()), invalid);
        }
        if (failure instanceof NotFoundException notFound) {
            return new ErrorResponseException(HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage()), notFound);
        }
        if (failure instanceof ForbiddenException forbidden) {
            return new ErrorResponseException(HttpStatus.FORBIDDEN,
                    ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, forbidden.getMessage()), forbidden);
        }
        if (failure instanceof ConflictException conflict) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.getMessage());
            conflict.properties().forEach(problem::setProperty);
            return new ErrorResponseException(HttpStatus.CONFLICT, problem, conflict);
        }
        if (failure instanceof TooLargeException tooLarge) {
            return new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()), tooLarge);
        }
        if (failure instanceof ThrottledException throttled) {
            return retryLater(HttpStatus.TOO_MANY_REQUESTS, throttled.getMessage(), throttled.retryAfter());
        }
        if (failure instanceof BusyException busy) {
            return retryLater(HttpStatus.SERVICE_UNAVAILABLE, busy.getMessage(), busy.retryAfter());
        }
        return null;
    }

    /** 429 or 503 with {@code Retry-After} in whole seconds, never less than one. */
    static ErrorResponseException retryLater(HttpStatus status, String detail, Duration retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        problem.setProperty("retry_after", seconds);
        ErrorResponseException response = new ErrorResponseException(status, problem, null);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return response;
    }
}
