package org.readtrack.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class MemoryHeavyWorkTest {

    private final MemoryHeavyWork heavyWork = new MemoryHeavyWork(Duration.ofMillis(100));

    @Test
    void aSecondPieceOfWorkWaitsForTheFirstThenIsRefusedAsBusy() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> heavyWork.run(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> heavyWork.run(() -> "second")).isInstanceOf(BusyException.class)
                .satisfies(busy -> assertThat(((BusyException) busy).retryAfter()).isPositive());

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(heavyWork.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void aFailingPieceOfWorkLeavesRoomForTheNext() {
        assertThatThrownBy(() -> heavyWork.run(() -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(heavyWork.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
