package org.readtrack.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the access tokens it has verified until they expire. A client sends the same token with every
 * request for the token's whole life, and verifying it again each time (signature, parsing, claim
 * conversion and checks) was 5 to 8 % of the service's CPU time and over a quarter of its allocations
 * under load (BENCHMARKS.md).
 *
 * <p>Only a token the decoder accepted is kept, under its exact text, and it is forgotten at its
 * expiry ({@code exp}), which is no later than the decoder itself would start to refuse it. Nothing else
 * about a verified token can change with time: whether its account may still act is checked on every
 * request, from the database ({@code CallerFromToken}).
 */
final class VerifiedAccessTokens implements JwtDecoder {

    /**
     * The cache's bound, in approximate bytes ({@link #weigh}). One of our access tokens is about 260
     * characters, so an entry weighs about 1,500 + 4 × 260 ≈ 2.5 kB: 4 MiB (4,194,304 bytes) serve some
     * 1,600 clients at once from memory (the former bound was 1,000 tokens).
     */
    static final long MAX_BYTES = 4L << 20;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedAccessTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher(VerifiedAccessTokens::weigh)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> timeLeft(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && timeLeft(known).compareTo(Duration.ZERO) > 0) {
            return known;
        }
        Jwt jwt = decoder.decode(token); // throws for a token it refuses, which is then not kept
        verified.put(token, jwt);
        return jwt;
    }

    /**
     * What a kept token occupies, roughly: its text twice (the key, and the token value inside the Jwt,
     * which may be a copy) at 2 bytes a character at worst, plus the Jwt's header and claim maps with their
     * keys, strings and Instants and Caffeine's node, about 1.5 kB together. Only tokens that we signed are
     * kept, so the text is never long; the bound in bytes holds whatever claims tokens gain later.
     */
    static int weigh(String token, Jwt jwt) {
        return (int) Math.min(Integer.MAX_VALUE, 1_500L + 4L * token.length());
    }

    /** What the kept tokens weigh together, once pending evictions are done. */
    long keptBytes() {
        verified.cleanUp();
        return verified.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** Zero or less once expired; the decoder requires {@code exp}, so a token without one is never kept. */
    private Duration timeLeft(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null ? Duration.ZERO : Duration.between(clock.instant(), expiresAt);
    }
}
