package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.readtrack.shared.Page;

/** The cache stays within its byte budget, whatever the size of what it is asked to hold. */
class CatalogCacheBoundsTest {

    private final CatalogCache cache = new CatalogCache(Duration.ofMinutes(1));

    private record Query(String search, int page) {
    }

    private static Page<ChapterResponse> page(int chapters, String title) {
        Instant now = Instant.now();
        return new Page<>(IntStream.range(0, chapters)
                .mapToObj(i -> new ChapterResponse(i, 1, Integer.toString(i), title, null, now, now)).toList(), chapters);
    }

    @Test
    void pagesOfLongTextsAreWeighedByTheirSize() {
        String longTitle = "x".repeat(2_000);
        for (int i = 0; i < 1_000; i++) {
            cache.page(new Query("q", i), () -> page(20, longTitle)); // over 40 kB each, 40 MB in all
        }
        assertThat(cache.pageCount()).isPositive().isLessThanOrEqualTo(CatalogCache.PAGE_BYTES / 40_000);
    }

    @Test
    void longSearchTextsInTheQueryCountToo() {
        for (int i = 0; i < 5_000; i++) {
            // empty results, but an 8 kB query each: 80 MB of keys if they were counted as nothing
            cache.page(new Query(i + "y".repeat(8_000), 1), () -> page(0, ""));
        }
        assertThat(cache.pageCount()).isPositive().isLessThanOrEqualTo(CatalogCache.PAGE_BYTES / 8_000);
    }

    @Test
    void smallPagesStayCachedWithinTheBudget() {
        AtomicInteger loads = new AtomicInteger();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 100; i++) {
                cache.page(new Query("q", i), () -> {
                    loads.incrementAndGet();
                    return page(20, "Chapter");
                });
            }
        }
        assertThat(loads).hasValue(100);
    }

    @Test
    void cachedPagesCannotBeChangedByTheirReaders() {
        List<ChapterResponse> results = new ArrayList<>(page(2, "a").items());
        Page<ChapterResponse> page = new Page<>(results, 2);
        results.clear();
        assertThat(page.items()).hasSize(2);
        assertThatThrownBy(() -> page.items().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
