package org.readtrack.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.readtrack.database.Timestamps;
import org.readtrack.security.TokenType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Browsers that have signed in to an account: each gets a signed cookie naming the account, valid a year, that
 * only the login endpoint receives. A login from such a browser spends a budget of its own for that account
 * rather than the account's budget for every other client, so that someone failing logins over and over from
 * elsewhere cannot lock the owner out. The cookie grants nothing else (its {@code token_type} passes for no
 * other token), and one known to another account counts for nothing.
 */
@Component
class KnownDevices {

    static final String COOKIE = "readtrack_device";
    private static final String PATH = "/api/auth/login";
    private static final Duration LIFETIME = Duration.ofDays(365);

    /** A browser known to an account, by the id its cookie was given. */
    record Device(long accountId, String id) {
    }

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Clock clock;

    KnownDevices(JwtEncoder encoder, @Qualifier("deviceTokenDecoder") JwtDecoder decoder, Clock clock) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.clock = clock;
    }

    /** The device the request's cookie proves, if it holds a genuine one. */
    Optional<Device> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(COOKIE)) {
                return decoded(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The {@code Set-Cookie} value that makes this browser known to the account. */
    String cookieFor(long accountId, boolean secure) {
        Instant now = Timestamps.now(clock);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(Long.toString(accountId))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(TokenType.CLAIM, TokenType.DEVICE.claimValue())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(),
                claims)).getTokenValue();
        return ResponseCookie.from(COOKIE, token).httpOnly(true).secure(secure).sameSite("Strict").path(PATH)
                .maxAge(LIFETIME).build().toString();
    }

    private Optional<Device> decoded(String token) {
        try {
            Jwt jwt = decoder.decode(token);
            return jwt.getId() == null ? Optional.empty()
                    : Optional.of(new Device(Long.parseLong(jwt.getSubject()), jwt.getId()));
        } catch (JwtException | NumberFormatException e) {
            return Optional.empty(); // a stale or forged cookie: an unknown browser, nothing more
        }
    }
}
