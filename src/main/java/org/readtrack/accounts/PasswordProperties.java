package org.readtrack.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Argon2id cost, and how much hashing may go on at once. Each hash holds {@code memoryKib} of memory and
 * a core for tens of milliseconds, so these bounds are what keep a login flood from starving the rest of
 * the API (and the heap).
 *
 * @param memoryKib      Argon2 memory cost. OWASP lists equivalent minimums (19 MiB × 2 passes, 12 MiB × 3,
 *                       9 MiB × 4, …): 9 MiB × 4 moves about as much memory per hash as 19 MiB × 2, with
 *                       half the heap held, which a service with a heap under 100 MB feels. Hashes made with
 *                       another cost still match, and are made again at the next login
 * @param iterations     Argon2 time cost
 * @param concurrency    hashes computed at the same time; 0 means half the processors, at least one
 * @param queueCapacity  requests waiting for their turn; beyond that they are refused with 503
 */
@ConfigurationProperties("readtrack.passwords")
record PasswordProperties(
        @DefaultValue("9216") int memoryKib,
        @DefaultValue("4") int iterations,
        int concurrency,
        @DefaultValue("256") int queueCapacity) {

    int effectiveConcurrency() {
        return concurrency > 0 ? concurrency : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
