package org.readtrack.web;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** 503 with {@code Retry-After}: the server, not the client, is out of capacity for this kind of work. */
public class ServiceBusyException extends TooManyRequestsException {

    public ServiceBusyException(Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "The server is busy; try again shortly.", retryAfter);
    }
}
