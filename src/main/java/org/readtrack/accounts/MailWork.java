package org.readtrack.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.readtrack.shared.BusyException;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Where reset mails are looked up, written and sent, after the request has been answered: the answer then
 * takes the same time whether the address has an account or not, and never waits for the mail server. One
 * thread (mail is not urgent) and a bounded queue; once it is full, further requests get 503, whatever their
 * address, so that a full queue tells nothing either.
 */
@Component
class MailWork implements DisposableBean {

    static final int QUEUE_CAPACITY = 200;

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), new CustomizableThreadFactory("mail-work-"));

    /** Runs {@code work} later, with the logging context (request id) of the request that submitted it. */
    void submit(Runnable work) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        try {
            executor.execute(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    work.run();
                } finally {
                    MDC.clear();
                }
            });
        } catch (RejectedExecutionException e) {
            throw new BusyException(Duration.ofSeconds(5));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // mails already asked for still go out, within reason
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
