package org.readtrack.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.readtrack.security.JwtProperties;
import org.readtrack.security.TokenType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues access/refresh token pairs and rotates refresh tokens. Every refresh token belongs to a family
 * started by one login; spending a token revokes it and issues its successor in the same family, and
 * presenting a token that was already spent or revoked revokes the whole family: whoever holds the stolen
 * copy and whoever holds the legitimate one are both logged out.
 */
@Component
class Tokens {

    private static final String INVALID = "Token is invalid or expired.";

    private final JwtEncoder encoder;
    private final JwtDecoder refreshTokenDecoder;
    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final JwtProperties properties;
    private final Clock clock;

    Tokens(JwtEncoder encoder, @Qualifier("refreshTokenDecoder") JwtDecoder refreshTokenDecoder,
            RefreshTokenRepository refreshTokens, UserRepository users, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.refreshTokenDecoder = refreshTokenDecoder;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new pair, starting a new refresh family: what a login gets. */
    @Transactional
    TokenPair issue(User user) {
        return issue(user, UUID.randomUUID().toString());
    }

    /**
     * @throws BadCredentialsException when the token is not a live refresh token of an active account;
     *         the family revocation that reuse triggers is committed all the same
     */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    TokenPair rotate(String refreshToken) {
        Jwt jwt = decode(refreshToken);
        long userId = subject(jwt);
        Instant now = now();
        if (refreshTokens.spend(jwt.getId(), userId, now) != 1) {
            refreshTokens.revokeFamilyOf(jwt.getId(), userId, now);
            SecurityEvents.refreshTokenReused(userId);
            throw new BadCredentialsException(INVALID);
        }
        User user = users.findById(userId).filter(User::isActive)
                .orElseThrow(() -> new BadCredentialsException(INVALID));
        String family = refreshTokens.findById(jwt.getId()).orElseThrow().getFamilyId();
        return issue(user, family);
    }

    /** The account a valid refresh token belongs to. */
    long subjectOf(String refreshToken) {
        return subject(decode(refreshToken));
    }

    /** Revokes the token's family if the token is one of the caller's; says whether it was. */
    @Transactional
    boolean revoke(String refreshToken, long callerId) {
        Jwt jwt;
        try {
            jwt = decode(refreshToken);
        } catch (BadCredentialsException e) {
            return false;
        }
        if (subject(jwt) != callerId || refreshTokens.findById(jwt.getId()).isEmpty()) {
            return false;
        }
        refreshTokens.revokeFamilyOf(jwt.getId(), callerId, now());
        return true;
    }

    @Transactional
    void revokeAll(long userId) {
        refreshTokens.revokeAllOf(userId, now());
    }

    /** Expired rows serve no purpose, not even reuse detection: an expired token fails on its own. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @Transactional
    public void purgeExpired() {
        refreshTokens.deleteExpiredBefore(now());
    }

    private TokenPair issue(User user, String family) {
        Instant now = now();
        String access = encode(user, TokenType.ACCESS, UUID.randomUUID().toString(), now,
                properties.accessTokenTtl());
        String refreshId = UUID.randomUUID().toString();
        Instant expiry = now.plus(properties.refreshTokenTtl()).truncatedTo(ChronoUnit.SECONDS);
        String refresh = encode(user, TokenType.REFRESH, refreshId, now, properties.refreshTokenTtl());
        refreshTokens.save(new RefreshToken(refreshId, user.getId(), family, now, expiry));
        return new TokenPair(access, refresh);
    }

    private String encode(User user, TokenType type, String id, Instant now, Duration ttl) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(user.getId().toString())
                .id(id)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim(TokenType.CLAIM, type.claimValue())
                .claim("role", user.getRole().value())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private Jwt decode(String token) {
        try {
            return refreshTokenDecoder.decode(token);
        } catch (JwtException e) {
            throw new BadCredentialsException(INVALID);
        }
    }

    private static long subject(Jwt jwt) {
        try {
            return Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new BadCredentialsException(INVALID);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
