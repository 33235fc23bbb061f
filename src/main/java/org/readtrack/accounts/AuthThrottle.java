package org.readtrack.accounts;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.readtrack.database.CaseFolding;
import org.readtrack.web.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address and per username for login, registration and refresh. Buckets live in
 * memory, in a bounded cache, so a flood of distinct addresses cannot grow the heap without limit; each
 * instance of a scaled-out deployment therefore counts on its own.
 */
@Component
class AuthThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final ThrottleProperties properties;
    private final Cache<String, Bucket> buckets;

    AuthThrottle(ThrottleProperties properties) {
        this.properties = properties;
        Duration longest = max(properties.loginPerAddress().period(), properties.loginPerUsername().period(),
                properties.registerPerAddress().period(), properties.registerPerUsername().period(),
                properties.refreshPerAddress().period(), properties.refreshPerUser().period());
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED_KEYS).expireAfterAccess(longest).build();
    }

    void login(String address, String username) {
        take("login-address:" + address, properties.loginPerAddress());
        // the same key that finds the account, so that spacing variants of one name share its budget
        take("login-user:" + CaseFolding.fold(username.strip()), properties.loginPerUsername());
    }

    /**
     * The per-username budget again, kept by account: a username and an email address that name one
     * account share it, instead of each having its own.
     */
    void loginTo(long accountId) {
        take("login-account:" + accountId, properties.loginPerUsername());
    }

    void register(String address, String username) {
        take("register-address:" + address, properties.registerPerAddress());
        if (username != null) {
            take("register-user:" + CaseFolding.fold(username.strip()), properties.registerPerUsername());
        }
    }

    /** Before the token is even read: guessing tokens costs budget too. */
    void refresh(String address) {
        take("refresh-address:" + address, properties.refreshPerAddress());
    }

    void refreshOf(long userId) {
        take("refresh-user:" + userId, properties.refreshPerUser());
    }

    private void take(String key, ThrottleProperties.Rate rate) {
        if (!properties.enabled()) {
            return;
        }
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.requests())
                        .refillGreedy(rate.requests(), rate.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private static Duration max(Duration... durations) {
        Duration longest = Duration.ZERO;
        for (Duration d : durations) {
            longest = d.compareTo(longest) > 0 ? d : longest;
        }
        return longest;
    }
}
