package org.readtrack.shared;

import java.time.Duration;

/** The server, not the caller, is out of capacity for this kind of work now; try again after {@code retryAfter}. */
public class BusyException extends RuntimeException {

    private final Duration retryAfter;

    public BusyException(Duration retryAfter) {
        super("The server is busy; try again shortly.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
