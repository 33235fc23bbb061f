package org.readtrack.shared;

import java.time.Duration;

/** The caller tried too often; it may try again after {@code retryAfter}. */
public class ThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public ThrottledException(Duration retryAfter) {
        super("Too many requests; try again later.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
