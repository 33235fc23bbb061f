package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A chapter search without a content reads every chapter of the catalog: such searches run one at a time, and
 * one that waits over a second for another is told to come back (503, {@code Retry-After}). Searches within a
 * content, and lists without a search, never wait for them.
 */
class CatalogWideChapterSearchTest extends CatalogApiTest {

    @Autowired
    private Chapters chapters;

    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private CompletableFuture<Void> longSearch;
    private Session reader;
    private long contentId;

    @BeforeEach
    void aSearchAcrossTheCatalogIsRunning() throws InterruptedException {
        Session admin = admin("curator");
        contentId = fixtures(admin).content(fixtures(admin).category("Manga"), "Solo Climb");
        fixtures(admin).chapter(contentId, "1", "The foot of the wall");
        reader = user("reader");
        longSearch = CompletableFuture.runAsync(() -> chapters.catalogWideSearches().run(() -> {
            running.countDown();
            await(finish);
            return null;
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void itEnds() throws Exception {
        finish.countDown();
        longSearch.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anotherSearchAcrossTheCatalogIsToldToComeBack() {
        Reply busy = get(reader, "/api/chapters/?search=wall").expect(503);
        assertThat(busy.headers().getFirst("Retry-After")).isEqualTo("2");
    }

    @Test
    void searchesWithinAContentAndPlainListsDoNotWait() {
        assertThat(get(reader, "/api/chapters/?content={id}&search=wall", contentId).expect(200).number("count"))
                .isEqualTo(1);
        assertThat(get(reader, "/api/chapters/?content={id}", contentId).expect(200).number("count")).isEqualTo(1);
        assertThat(get(reader, "/api/chapters/").expect(200).number("count")).isEqualTo(1);
    }

    @Test
    void theNextSearchAcrossTheCatalogRunsOnceItIsOver() {
        finish.countDown();
        assertThat(get(reader, "/api/chapters/?search=foot").expect(200).number("count")).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
