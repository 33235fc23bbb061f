package org.readtrack.web;

import java.time.Duration;

import org.readtrack.database.DatabaseFailure;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 503 with {@code Retry-After} for a request the database could not serve now (see {@link DatabaseFailure}). */
final class DatabaseFailureProblems {

    private DatabaseFailureProblems() {
    }

    static ErrorResponseException of(DatabaseFailure failure) {
        return Problems.retryLater(HttpStatus.SERVICE_UNAVAILABLE, detail(failure), retryAfter(failure));
    }

    private static String detail(DatabaseFailure failure) {
        return switch (failure) {
            case UNAVAILABLE -> "The database is unavailable; try again shortly.";
            case OVERLOADED -> "The server is busy; try again shortly.";
            case TIMED_OUT -> "The request took too long and was cancelled; narrow it or try again later.";
        };
    }

    /** An outage lasts seconds at least; a full pool frees a connection in milliseconds. */
    private static Duration retryAfter(DatabaseFailure failure) {
        return failure == DatabaseFailure.OVERLOADED ? Duration.ofSeconds(1) : Duration.ofSeconds(5);
    }
}
