package org.readtrack.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The work that needs tens of megabytes at once, decoding an image or reading an imported file, done by one
 * request at a time: the heap (88 MB in the shipped options) holds one such piece of work, not one per worker
 * thread. A request that waits longer than {@link #WAIT} is answered 503 with {@code Retry-After}, rather than
 * running the service out of memory.
 */
@Component
public class MemoryHeavyWork {

    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final Semaphore permit = new Semaphore(1, true);
    private final Duration wait;

    public MemoryHeavyWork() {
        this(WAIT);
    }

    MemoryHeavyWork(Duration wait) {
        this.wait = wait;
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permit.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException(RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            permit.release();
        }
    }
}
