package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.readtrack.shared.BusyException;
import org.slf4j.MDC;

class PasswordWorkTest {

    @Test
    void workBeyondTheThreadsAndTheQueueIsRefusedAtOnceAsBusy() throws Exception {
        PasswordWork work = new PasswordWork(new PasswordProperties(1024, 1, 1, 1));
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<String> running = work.submit(() -> await(release, "first"));
            CompletableFuture<String> queued = work.submit(() -> "second");
            CompletableFuture<String> refused = work.submit(() -> "third");

            assertThatThrownBy(refused::join).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(BusyException.class);
            release.countDown();
            assertThat(running.join()).isEqualTo("first");
            assertThat(queued.join()).isEqualTo("second");
        } finally {
            release.countDown();
            work.destroy();
        }
    }

    @Test
    void workRunsInTheLoggingContextOfWhoeverSubmittedIt() throws Exception {
        PasswordWork work = new PasswordWork(new PasswordProperties(1024, 1, 1, 4));
        try {
            MDC.put("request_id", "first-request");
            CompletableFuture<String> first = work.submit(() -> MDC.get("request_id"));
            MDC.remove("request_id");
            // the same (single) thread next: nothing of the first request may be left on it
            CompletableFuture<String> second = work.submit(() -> String.valueOf(MDC.get("request_id")));

            assertThat(first.join()).isEqualTo("first-request");
            assertThat(second.join()).isEqualTo("null");
        } finally {
            MDC.remove("request_id");
            work.destroy();
        }
    }

    private static String await(CountDownLatch latch, String value) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }
}
