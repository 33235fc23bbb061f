package org.readtrack.shared;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The work that needs tens of megabytes at once, decoding an image or reading an imported file, done by one
 * request at a time: the heap (88 MB in the shipped options) holds one such piece of work, not one per worker
 * thread. A request that waits longer than {@link #WAIT} is answered 503 with {@code Retry-After}, rather than
 * running the service out of memory.
 */
@Component
public class MemoryHeavyWork extends OneAtATime {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    public MemoryHeavyWork() {
        this(WAIT);
    }

    MemoryHeavyWork(Duration wait) {
        super(wait, RETRY_AFTER);
    }
}
