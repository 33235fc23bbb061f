package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/** Two administrators who demote each other at the same moment: one of them stays an administrator. */
class SimultaneousDemotionTest extends CatalogApiTest {

    private static final int ROUNDS = 3;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneOfThem() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Session left = admin("left" + round);
            Session right = admin("right" + round);
            CyclicBarrier start = new CyclicBarrier(2);

            List<Integer> statuses = List.of(demote(start, left, right), demote(start, right, left)).stream()
                    .map(CompletableFuture::join).toList();

            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 403);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE role = 'admin' AND id IN (?, ?)",
                    Long.class, left.id(), right.id())).as("round %d", round).isEqualTo(1);
        }
    }

    private CompletableFuture<Integer> demote(CyclicBarrier start, Session caller, Session target) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return patch(caller, "/api/users/{id}/", Map.of("role", "user"), target.id()).status();
        }, threads);
    }
}
