package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.readtrack.database.Timestamps;
import org.readtrack.security.DeviceCookie;
import org.readtrack.security.TokenType;
import org.springframework.beans.factory.annotation.Qualifier;
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
 * Browsers that have signed in to an account: each gets a signed token naming the account, valid a year, in a
 * cookie that only the login endpoint receives ({@link DeviceCookie}). A login from such a browser spends a budget of its own for that account
 * rather than the account's budget for every other client, so that someone failing logins over and over from
 * elsewhere cannot lock the owner out. The cookie grants nothing else (its {@code token_type} passes for no
 * other token), and one known to another account counts for nothing.
 */
@Component
class KnownDevices {

    /** A browser known to an account, by the id its cookie was given. */
    record Device(long accountId, String id, Instant issuedAt) {

        /**
         * Whether the cookie still speaks for this account: it names it, and was given since the account's
         * sessions were last ended (a password change or reset, logging out everywhere, a deactivation). Ending the
         * sessions of an account someone else had signed in to also takes that browser's budget away.
         */
        boolean knownTo(Account account) {
            Instant validAfter = account.tokensValidAfter();
            return accountId == account.id() && (validAfter == null || !issuedAt.isBefore(validAfter));
        }
    }

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final Clock clock;

    KnownDevices(JwtEncoder encoder, @Qualifier("deviceTokenDecoder") JwtDecoder decoder, Clock clock) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.clock = clock;
    }

    /** The device a token proves, if it is a genuine one (null: none was sent). */
    Optional<Device> of(String token) {
        return token == null ? Optional.empty() : decoded(token);
    }

    /**
     * A new token that makes a browser known to the account, for {@link DeviceCookie}. Stamped no earlier than the
     * account's last end of sessions, which may be up to a second ahead of the clock (see {@link Tokens#revokeAll}).
     */
    String tokenFor(Account account) {
        Instant now = Timestamps.now(clock);
        Instant validAfter = account.tokensValidAfter();
        if (validAfter != null && validAfter.isAfter(now)) {
            now = validAfter;
        }
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(Long.toString(account.id()))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(DeviceCookie.LIFETIME))
                .claim(TokenType.CLAIM, TokenType.DEVICE.claimValue())
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(),
                claims)).getTokenValue();
    }

    private Optional<Device> decoded(String token) {
        try {
            Jwt jwt = decoder.decode(token);
            return jwt.getId() == null ? Optional.empty()
                    : Optional.of(new Device(Long.parseLong(jwt.getSubject()), jwt.getId(), jwt.getIssuedAt()));
        } catch (JwtException | NumberFormatException e) {
            return Optional.empty(); // a stale or forged cookie: an unknown browser, nothing more
        }
    }
}
