package org.readtrack.catalog;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.readtrack.database.WhenTransactionEnds;
import org.readtrack.shared.AccountDeleted;
import org.readtrack.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recent catalog reads, kept for {@code readtrack.catalog.cache-ttl} (10 s; 0 turns caching off). The
 * catalog changes only through moderators' writes and readers' suggestions, and is read on almost every
 * request, by everyone alike: contents, content lists and chapter lists are served from memory while they last.
 * A list is cached per {@link #scope visibility scope}: the public catalog for almost everyone; contents by
 * id are cached whoever may see them, and checked against the viewer once read.
 *
 * <p>Every catalog write empties the cache when its transaction ends, so this instance never shows a
 * stale catalog; other instances of a scaled-out deployment may, for at most the time to live. Reads made
 * inside a write transaction bypass the cache: they must see that transaction's own changes.
 */
@Component
class CatalogCache {

    /** What a cached representation roughly occupies on the heap, in bytes: the cache's bounds are in bytes. */
    interface Sized {
        /** Text as Latin-1 (one byte a character), plus a fixed part for the objects around it. */
        long approximateBytes();

        static long of(String text) {
            return text == null ? 0 : 40 + text.length();
        }
    }

    /**
     * Bounds chosen for a small heap, in approximate bytes: pages (their query included, since a search
     * text can be long) and contents by id. Caching every chapter page of the medium benchmark, about
     * 25 MB, drove the 128 MB heap into back-to-back full collections; the least used go instead. Weighing
     * by size rather than by count keeps long descriptions or search texts from multiplying the cost.
     * What a cache cannot hold it churns, and churned entries die in the old generation. Pages, the
     * costlier misses (a query or two each), get the larger share: room for the hot lists and searches and
     * about a third of the medium benchmark's chapter pages (a page of 20 contents is about 15 kB, of 20
     * chapters about 4 kB); contents, one indexed read per miss, about three quarters of its 5,000.
     */
    static final long PAGE_BYTES = 5_000_000;
    static final long CONTENT_BYTES = 3_000_000;

    private final boolean enabled;
    private final Cache<Object, Page<? extends Sized>> pages;
    private final Cache<Long, ContentResponse> contents;
    /** One entry: who sees private contents; small (one id per owner), and read by every list. */
    private final Cache<Boolean, PrivateReaders> privateReaders;
    /**
     * How many times the cache was emptied. A read that began before a write committed sees the catalog as it
     * was; if the write's clearing passed while it was being read, what it stores afterwards would outlive the
     * write for the whole time to live (the clearing does not wait for loads under way).
     */
    private final AtomicLong clears = new AtomicLong();

    CatalogCache(@Value("${readtrack.catalog.cache-ttl:10s}") Duration ttl) {
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.pages = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofNanos(1))
                .maximumWeight(PAGE_BYTES).weigher(CatalogCache::weigh).build();
        this.contents = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofNanos(1))
                .maximumWeight(CONTENT_BYTES)
                .weigher((Long id, ContentResponse content) -> weight(content.approximateBytes())).build();
        this.privateReaders = Caffeine.newBuilder().expireAfterWrite(enabled ? ttl : Duration.ofNanos(1))
                .maximumSize(1).build();
    }

    /**
     * The viewer a cached list is read as, and which its key names: {@link Viewer#PUBLIC} for anyone who sees no
     * private content, so that they all share one copy of each page; the viewer itself otherwise (owners of a
     * suggestion, reviewers while one is pending). A list read as {@code PUBLIC} holds no private content,
     * whoever asked for it first. Without the cache, the viewer itself.
     */
    Viewer scope(Viewer viewer, Supplier<PrivateReaders> load) {
        if (!usable()) {
            return viewer;
        }
        PrivateReaders readers = unlessCleared(() -> privateReaders.get(Boolean.TRUE, key -> load.get()),
                () -> privateReaders.invalidate(Boolean.TRUE));
        return readers.include(viewer) ? viewer : Viewer.PUBLIC;
    }

    /**
     * A page of a list, by a key that says everything the list depends on (a record of the query). What is
     * not cached is loaded with {@link org.readtrack.database.Sql}: a hit needs no database connection
     * at all. A {@link Page} cannot be changed by the threads that share it: its items are an immutable copy.
     */
    @SuppressWarnings("unchecked")
    <T extends Sized> Page<T> page(Object query, Supplier<Page<T>> load) {
        if (!usable()) {
            return load.get();
        }
        return unlessCleared(() -> (Page<T>) pages.get(query, key -> load.get()), () -> pages.invalidate(query));
    }

    /** Contents by id; the missing ones are loaded together, and ids that do not exist stay absent. */
    Map<Long, ContentResponse> contents(Collection<Long> ids,
            Function<Set<? extends Long>, Map<Long, ContentResponse>> load) {
        if (!usable()) {
            return load.apply(Set.copyOf(ids));
        }
        return unlessCleared(() -> contents.getAll(ids, load), () -> contents.invalidateAll(ids));
    }

    /**
     * {@code read} through one of the caches; if the cache was emptied meanwhile, {@code drop} takes out what
     * the read may have stored (see {@link #clears}). Its reader still gets it: the read began before the write.
     */
    private <V> V unlessCleared(Supplier<V> read, Runnable drop) {
        long before = clears.get();
        V value = read.get();
        if (clears.get() != before) {
            drop.run();
        }
        return value;
    }

    private static int weigh(Object query, Page<? extends Sized> page) {
        long bytes = 100 + 2L * query.toString().length();
        for (Sized item : page.items()) {
            bytes += item.approximateBytes();
        }
        return weight(bytes);
    }

    private static int weight(long bytes) {
        return (int) Math.min(bytes, Integer.MAX_VALUE);
    }

    /** How many pages are cached, once pending evictions are done. */
    long pageCount() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** To call in every transaction that changes the catalog. */
    void clearWhenDone() {
        clear();
        // again: a read that ran meanwhile may have cached what this transaction replaced
        WhenTransactionEnds.run(this::clear);
    }

    /** The series a deleted account had suggested went with it (the foreign key cascades): no list may show them. */
    @EventListener
    void accountDeleted(AccountDeleted deleted) {
        clearWhenDone();
    }

    private void clear() {
        // counted first: a read that stores after this count is taken finds it changed and drops what it stored
        clears.incrementAndGet();
        pages.invalidateAll();
        contents.invalidateAll();
        privateReaders.invalidateAll();
    }

    private boolean usable() {
        return enabled && !(TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }
}
