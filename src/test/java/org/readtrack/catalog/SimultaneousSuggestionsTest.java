package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Suggested contents are private, so the unique index on public titles does not see them: suggestions of one
 * series sent at the same instant must still make one content, the others refused as a duplicate.
 */
class SimultaneousSuggestionsTest extends SuggestionTestSupport {

    private static final int AT_ONCE = 8;
    private static final int ROUNDS = 4;

    private final ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void oneSeriesSuggestedManyTimesAtOnceIsOneSuggestion() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String title = "Racing Series " + round;
            CyclicBarrier start = new CyclicBarrier(AT_ONCE);
            List<Future<Reply>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                Session caller = i % 2 == 0 ? proposer : other;
                sent.add(threads.submit(() -> {
                    start.await();
                    return post(caller, "/api/suggestions/", body("title", title, "feature_category", manga));
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                statuses.add(reply.get().status());
            }

            assertThat(statuses).as("round %d", round).containsOnlyOnce(201).containsOnly(201, 409);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM contents WHERE title = ?", Long.class, title))
                    .as("contents named %s", title).isEqualTo(1);
        }
    }
}
