package org.readtrack.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Work done by one request at a time, in the order they came. A request that waits longer than {@code wait} is
 * answered 503 with {@code Retry-After} ({@link BusyException}) instead of holding its worker thread longer.
 */
public class OneAtATime {

    private final Semaphore permit = new Semaphore(1, true);
    private final Duration wait;
    private final Duration retryAfter;

    public OneAtATime(Duration wait, Duration retryAfter) {
        this.wait = wait;
        this.retryAfter = retryAfter;
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
            throw new BusyException(retryAfter);
        }
        try {
            return work.get();
        } finally {
            permit.release();
        }
    }
}
