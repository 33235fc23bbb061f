package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.readtrack.database.Timestamps;
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
 * copy and whoever holds the legitimate one are both logged out. A family lives at most
 * {@code readtrack.jwt.session-max-age} from its login, however often it rotates.
 */
@Component
class Tokens {

    private static final String INVALID = "Token is invalid or expired.";

    /** The login a token belongs to: its refresh family (OpenID Connect's name for a session id). */
    static final String SESSION_CLAIM = "sid";

    private final JwtEncoder encoder;
    private final JwtDecoder refreshTokenDecoder;
    private final RefreshTokenStore refreshTokens;
    private final UserStore users;
    private final Callers callers;
    private final LoginSessions sessions;
    private final JwtProperties properties;
    private final Clock clock;

    Tokens(JwtEncoder encoder, @Qualifier("refreshTokenDecoder") JwtDecoder refreshTokenDecoder,
            RefreshTokenStore refreshTokens, UserStore users, Callers callers, LoginSessions sessions,
            JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.refreshTokenDecoder = refreshTokenDecoder;
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.callers = callers;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new pair, starting a new refresh family (a session): what a login gets. In the transaction that read
     * the account, see {@link #revokeAll}.
     */
    @Transactional
    TokenPair issue(Account account) {
        return issue(account, UUID.randomUUID().toString(), Timestamps.now(clock));
    }

    /**
     * @throws BadCredentialsException when the token is not a live refresh token of an active account;
     *         the family revocation that reuse triggers is committed all the same
     */
    @Transactional(noRollbackFor = BadCredentialsException.class)
    TokenPair rotate(String refreshToken) {
        Jwt jwt = decode(refreshToken);
        long userId = subject(jwt);
        Instant now = Timestamps.now(clock);
        RefreshToken spent = refreshTokens.spend(jwt.getId(), userId, now).orElse(null);
        if (spent == null) {
            // a session ended already (signed out, password changed) revokes nothing: that is no alarm, only a
            // client that kept an old token; a live family is what a stolen or replayed token finds
            refreshTokens.familyOf(jwt.getId(), userId).ifPresent(family -> {
                if (end(family, now) > 0) {
                    SecurityEvents.refreshTokenReused(userId);
                }
            });
            throw new BadCredentialsException(INVALID);
        }
        Account account = users.find(userId).filter(Account::active)
                .orElseThrow(() -> new BadCredentialsException(INVALID));
        if (!now.isBefore(sessionEnd(spent.sessionStartedAt()))) {
            throw new BadCredentialsException(INVALID); // the session is over: log in again
        }
        return issue(account, spent.familyId(), spent.sessionStartedAt());
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
        if (subject(jwt) != callerId) {
            return false;
        }
        Optional<String> family = refreshTokens.familyOf(jwt.getId(), callerId);
        family.ifPresent(found -> end(found, Timestamps.now(clock)));
        return family.isPresent();
    }

    /** Ends a login: its refresh tokens are revoked, and its access tokens refused ({@link LoginSessions}). */
    private int end(String family, Instant now) {
        sessions.forgetAfterCommit(family);
        return refreshTokens.revokeFamily(family, now);
    }

    /**
     * Ends every session of the account: its refresh tokens are revoked, and its access tokens issued until
     * now are refused from now on ({@link CallerFromToken} compares their {@code iat} with the account's
     * {@link Account#tokensValidAfter() tokensValidAfter}), on this instance as soon as the transaction commits
     * ({@link Callers#forgetAfterCommit}).
     *
     * <p>{@code iat} counts whole seconds, so the revocation cannot be placed within a second. The account
     * keeps the first whole second after now: a token issued before the revocation has an {@code iat} of at
     * most the current second, hence earlier, and is refused. A token issued after it is stamped no earlier
     * than that second ({@link #issuedAt}), so a login in the same second as the revocation still works,
     * its {@code iat} up to a second ahead of the clock (no check refuses an {@code iat} in the future). Login
     * and rotation read the account in the transaction that issues, so another instance whose clock is
     * behind still stamps its tokens late enough. A second revocation within the same second moves the cutoff a
     * second further still: tokens issued after the first one are stamped with its cutoff, and must be refused.
     */
    @Transactional
    void revokeAll(long userId) {
        Instant now = Timestamps.now(clock);
        Instant cutoff = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Instant previous = users.find(userId).map(Account::tokensValidAfter).orElse(null);
        if (previous != null && !cutoff.isAfter(previous)) {
            cutoff = previous.plusSeconds(1);
        }
        users.refuseTokensIssuedBefore(userId, cutoff);
        refreshTokens.revokeAllOf(userId, now);
        callers.forgetAfterCommit(userId);
    }

    /** Expired rows serve no purpose, not even reuse detection: an expired token fails on its own. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    public void purgeExpired() {
        refreshTokens.deleteExpiredBefore(Timestamps.now(clock));
    }

    /**
     * A pair in the session that started at {@code sessionStart}; the refresh token expires after its own
     * time to live or at the session's end, whichever comes first.
     */
    private TokenPair issue(Account account, String family, Instant sessionStart) {
        Instant issuedAt = issuedAt(account);
        Instant sessionEnd = sessionEnd(sessionStart);
        // an access token outliving its login's last refresh token would be refused before its exp
        String access = encode(account, TokenType.ACCESS, UUID.randomUUID().toString(), family, issuedAt,
                min(issuedAt.plus(properties.accessTokenTtl()), sessionEnd));
        String refreshId = UUID.randomUUID().toString();
        Instant expiry = min(issuedAt.plus(properties.refreshTokenTtl()), sessionEnd)
                .truncatedTo(ChronoUnit.SECONDS); // as the token's exp claim says it
        String refresh = encode(account, TokenType.REFRESH, refreshId, family, issuedAt, expiry);
        refreshTokens.insert(new RefreshToken(refreshId, account.id(), family, sessionStart, issuedAt, expiry));
        return new TokenPair(access, refresh);
    }

    /** Now, or the account's last revocation if that is later (see {@link #revokeAll}). */
    private Instant issuedAt(Account account) {
        Instant now = Timestamps.now(clock);
        Instant validAfter = account.tokensValidAfter();
        return validAfter != null && validAfter.isAfter(now) ? validAfter : now;
    }

    private Instant sessionEnd(Instant sessionStart) {
        return sessionStart.plus(properties.sessionMaxAge());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String encode(Account account, TokenType type, String id, String family, Instant issuedAt,
            Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(Long.toString(account.id()))
                .id(id)
                .claim(SESSION_CLAIM, family)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim(TokenType.CLAIM, type.claimValue())
                .claim("role", account.role().value())
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
}
