package org.readtrack.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Bounds the requests worked on at once ({@link WorkerThreads#threads()}), independently of the many more
 * Tomcat threads that only wait for requests to arrive. Fair, so that a request that has waited longest is
 * served first and p99 stays close to the median under overload; a request that finds no permit in time is
 * refused rather than queued without end.
 */
@Component
class WorkLimiter {

    private final int permits;
    private final Semaphore semaphore;

    WorkLimiter(WorkerThreads threads) {
        this.permits = threads.threads();
        this.semaphore = new Semaphore(permits, true);
    }

    /** True with a permit, to be given back with {@link #release()}; false when none freed up in time. */
    boolean acquire(Duration wait) throws InterruptedException {
        return semaphore.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release() {
        semaphore.release();
    }

    int permits() {
        return permits;
    }

    int available() {
        return semaphore.availablePermits();
    }
}
