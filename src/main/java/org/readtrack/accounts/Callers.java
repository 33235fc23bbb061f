package org.readtrack.accounts;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What each authenticated request needs to know of its account (name, role, active), read from the
 * database at most once per {@code readtrack.accounts.caller-cache-ttl} (5 s) per account. Changes made
 * through this instance take effect at once ({@link #forgetAfterCommit}); other instances see them when
 * the entry expires.
 */
@Component
class Callers {

    private final UserRepository users;
    private final Cache<Long, Optional<UserRepository.Caller>> cache;

    Callers(UserRepository users, @Value("${readtrack.accounts.caller-cache-ttl:5s}") Duration ttl) {
        this.users = users;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
    }

    Optional<UserRepository.Caller> find(long userId) {
        return cache.get(userId, users::findCallerById);
    }

    /**
     * Drops the account's entry once the current transaction commits: dropping it earlier would let a
     * concurrent request cache the state that is about to change.
     */
    void forgetAfterCommit(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate(userId);
                }
            });
        } else {
            cache.invalidate(userId);
        }
    }
}
