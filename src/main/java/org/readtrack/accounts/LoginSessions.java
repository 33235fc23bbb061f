package org.readtrack.accounts;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.readtrack.database.WhenTransactionEnds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a login (a refresh token family, named by the access token's {@code sid}) is still going on: it is
 * until every one of its refresh tokens is revoked. Signing out, or a refresh token caught being
 * reused, ends the login, and the access tokens it was given stop working with it rather than up to their
 * expiry. Read from the database at most once per {@code readtrack.accounts.caller-cache-ttl} per login, like
 * the account itself ({@link Callers}); an end made through this instance applies at once
 * ({@link #forgetAfterCommit}).
 */
@Component
class LoginSessions {

    /**
     * An entry is a family id (a 36-character UUID), a Boolean and Caffeine's node: about 200 bytes; 2 MiB keep
     * some 10,000 logins that made a request within the time to live.
     */
    private static final long MAX_BYTES = 2L << 20;

    private final RefreshTokenStore refreshTokens;
    private final Cache<String, Boolean> live;

    LoginSessions(RefreshTokenStore refreshTokens, @Value("${readtrack.accounts.caller-cache-ttl:5s}") Duration ttl) {
        this.refreshTokens = refreshTokens;
        this.live = Caffeine.newBuilder().expireAfterWrite(ttl)
                .maximumWeight(MAX_BYTES).weigher((String family, Boolean alive) -> 120 + 2 * family.length())
                .build();
    }

    boolean isLive(String familyId) {
        return live.get(familyId, family -> !refreshTokens.familyHasEnded(family));
    }

    /** Forgets what is known of the login once the current transaction ends (see {@link Callers#forgetAfterCommit}). */
    void forgetAfterCommit(String familyId) {
        WhenTransactionEnds.run(() -> live.invalidate(familyId));
    }
}
