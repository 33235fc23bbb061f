package org.readtrack.catalog;

import java.time.Instant;

/**
 * Published inside the transaction that merges a suggested content into another, before the suggested one is
 * deleted: whatever refers to {@code from} (readers' entries) moves to {@code into} now, or goes with it.
 * Listeners run synchronously, in that transaction: a failure undoes the whole merge.
 */
public record ContentMerged(long from, long into, Instant at) {
}
