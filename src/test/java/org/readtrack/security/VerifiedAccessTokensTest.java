package org.readtrack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedAccessTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-25T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(15));

    private final SettableClock clock = new SettableClock(ISSUED.plusSeconds(1));
    private final List<String> verifications = new ArrayList<>();
    /** Accepts tokens named "good-…" until their expiry, as the real decoder's checks would. */
    private final JwtDecoder decoder = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        if (!clock.instant().isBefore(EXPIRES)) {
            throw new JwtValidationException("expired", List.of(new OAuth2Error("invalid_token")));
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("7").issuedAt(ISSUED).expiresAt(EXPIRES)
                .build();
    };
    private final VerifiedAccessTokens tokens = new VerifiedAccessTokens(decoder, clock);

    @Test
    void aTokenIsVerifiedOnceAndThenKnown() {
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("good-1");
        tokens.decode("good-2");
        assertThat(verifications).containsExactly("good-1", "good-2");
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void aKnownTokenIsVerifiedAgainOnceExpiredAndThenRefused() {
        tokens.decode("good-1");
        clock.now = EXPIRES;

        assertThatThrownBy(() -> tokens.decode("good-1")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).containsExactly("good-1", "good-1");
    }

    @Test
    void theKeptTokensAreBoundedByTheirSizeNotTheirNumber() {
        String padding = "x".repeat(100_000); // about 400 kB each by the weigher: 20 of them weigh 8 MB
        for (int i = 0; i < 20; i++) {
            tokens.decode("good-" + i + padding);
        }

        assertThat(tokens.keptBytes()).isPositive().isLessThanOrEqualTo(VerifiedAccessTokens.MAX_BYTES);
    }

    @Test
    void aTokenWeighsItsTextAndAFixedPart() {
        Jwt jwt = tokens.decode("good-1");

        assertThat(VerifiedAccessTokens.weigh("x".repeat(260), jwt)).isEqualTo(1_500 + 4 * 260);
        assertThat(VerifiedAccessTokens.MAX_BYTES / VerifiedAccessTokens.weigh("x".repeat(260), jwt))
                .isBetween(1_000L, 2_000L);
    }

    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
