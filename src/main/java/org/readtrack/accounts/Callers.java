package org.readtrack.accounts;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.readtrack.database.WhenTransactionEnds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What each authenticated request needs to know of its account (name, role, active, revocation), read from the
 * database at most once per {@code readtrack.accounts.caller-cache-ttl} (5 s) per account. Changes made
 * through this instance take effect at once ({@link #forgetAfterCommit}); other instances see them when
 * the entry expires.
 */
@Component
class Callers {

    private final UserStore users;
    private final Cache<Long, Optional<Caller>> cache;

    Callers(UserStore users, @Value("${readtrack.accounts.caller-cache-ttl:5s}") Duration ttl) {
        this.users = users;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl)
                .maximumWeight(MAX_BYTES).weigher(Callers::weigh).build();
    }

    /**
     * What an entry roughly occupies, in bytes: Caffeine's node with its key and expiry (~ 80), the Long key
     * (16), the Optional (16), the Caller record (32), its Instant (24) and its username String (~ 40 + 2 a
     * character at worst): about 210 + 2 × the username's length, 230 bytes for a 10-character name and
     * 510 for 150 characters. 4 MiB hold some 18,000 typical accounts (8,000 with the longest names) that
     * made a request within the time to live: far more than are active within a few seconds.
     */
    static final long MAX_BYTES = 4L << 20;

    private static int weigh(Long userId, Optional<Caller> caller) {
        return 210 + caller.map(found -> 2 * found.username().length()).orElse(0);
    }

    Optional<Caller> find(long userId) {
        return cache.get(userId, users::findCaller);
    }

    /** What the kept entries weigh together, once pending evictions are done. */
    long keptBytes() {
        cache.cleanUp();
        return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /**
     * Drops the account's entry once the current transaction commits: dropping it earlier would let a
     * concurrent request cache the state that is about to change.
     */
    void forgetAfterCommit(long userId) {
        WhenTransactionEnds.run(() -> cache.invalidate(userId));
    }
}
