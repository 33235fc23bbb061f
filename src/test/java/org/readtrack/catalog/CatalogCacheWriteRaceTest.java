package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.readtrack.shared.Page;

/**
 * A read that began before a catalog write committed and was still loading when the write emptied the cache must
 * not leave what it read in the cache: the next reader would see the catalog from before the write for the whole
 * time to live (a category added by an administrator missing from the search they typed meanwhile).
 */
class CatalogCacheWriteRaceTest {

    private final CatalogCache cache = new CatalogCache(Duration.ofMinutes(1));

    private static Page<ChapterResponse> page(String title) {
        Instant now = Instant.now();
        return new Page<>(List.of(new ChapterResponse(1, 1, "1", title, null, now, now)), 1);
    }

    private static ContentResponse content(String title) {
        Instant now = Instant.now();
        return new ContentResponse(7, title, List.of(), "", "", null, List.of(), null, "", null, 1,
                new CategoryResponse(1, "Anthology", "", now, now), 0, null,
                now, now);
    }

    /** Runs the read on another thread; the write's clearing happens while it loads. */
    private <T> T readWhileAWriteEnds(Supplier<T> readThrough, CountDownLatch loading, CountDownLatch written)
            throws Exception {
        CompletableFuture<T> read = CompletableFuture.supplyAsync(readThrough);
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
        cache.clearWhenDone();
        written.countDown();
        return read.get(5, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            // bounded: were the clearing to wait for this load, the test would go on without deadlocking
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aPageLoadedWhileAWriteEndsIsNotKept() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Page<ChapterResponse> before = readWhileAWriteEnds(() -> cache.page("categories?search=x", () -> {
            loading.countDown();
            await(written);
            return page("before the write");
        }), loading, written);
        assertThat(before.items().get(0).title()).isEqualTo("before the write");

        Page<ChapterResponse> after = cache.page("categories?search=x", () -> page("after the write"));

        assertThat(after.items().get(0).title()).isEqualTo("after the write");
    }

    @Test
    void contentsLoadedWhileAWriteEndsAreNotKept() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        readWhileAWriteEnds(() -> cache.contents(List.of(7L), ids -> {
            loading.countDown();
            await(written);
            return Map.of(7L, content("before the write"));
        }), loading, written);

        Map<Long, ContentResponse> after = cache.contents(List.of(7L), ids -> Map.of(7L, content("after the write")));

        assertThat(after.get(7L).title()).isEqualTo("after the write");
    }

    @Test
    void whoSeesPrivateContentsLoadedWhileAWriteEndsIsNotKept() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(1);
        Viewer owner = new Viewer(42, false);
        // before the write, nobody had a private content; the write was reader 42's suggestion
        Viewer before = readWhileAWriteEnds(() -> cache.scope(owner, () -> {
            loading.countDown();
            await(written);
            return new PrivateReaders(Set.of(), false);
        }), loading, written);
        assertThat(before).isEqualTo(Viewer.PUBLIC);

        Viewer after = cache.scope(owner, () -> new PrivateReaders(Set.of(42L), false));

        assertThat(after).isEqualTo(owner);
    }

    @Test
    void aPageLoadedAfterTheWriteStaysCached() {
        cache.clearWhenDone();
        cache.page("q", () -> page("after the write"));

        Page<ChapterResponse> again = cache.page("q", () -> page("loaded twice"));

        assertThat(again.items().get(0).title()).isEqualTo("after the write");
    }
}
