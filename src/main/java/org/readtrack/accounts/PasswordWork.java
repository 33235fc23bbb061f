package org.readtrack.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.readtrack.shared.BusyException;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Where requests that hash a password (login, registration, password change) do their work: a few
 * threads of their own and a bounded queue. The web server's threads hand the request over and go back
 * to serving everything else, so a login flood costs its own threads and queue, never the catalog's
 * latency; once the queue is full, further attempts get 503 at once. Each task runs with the logging
 * context (request id) of the request that submitted it, so that its lines can be told apart.
 */
@Component
class PasswordWork implements DisposableBean {

    private final ThreadPoolExecutor executor;

    PasswordWork(PasswordProperties properties) {
        int threads = properties.effectiveConcurrency();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                new CustomizableThreadFactory("password-work-"));
    }

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return CompletableFuture.supplyAsync(() -> inContext(context, work), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new BusyException(Duration.ofSeconds(1)));
        }
    }

    private static <T> T inContext(Map<String, String> context, Supplier<T> work) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
        try {
            return work.get();
        } finally {
            // a pool thread: the next task must not inherit this request's context
            MDC.clear();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
