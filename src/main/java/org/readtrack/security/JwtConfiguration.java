package org.readtrack.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.crypto.SecretKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * One HS256 key signs and verifies every token. Three decoders share it and differ only in the
 * {@code token_type} they accept, so a refresh token can never pass as an access token, or the reverse.
 * Access tokens, sent with every request, are verified once each ({@link VerifiedAccessTokens}).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    /** What a token's times are allowed to be off by, between instances of the service. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    @Bean
    SecretKey jwtSigningKey(JwtProperties properties) {
        return JwtKeys.resolve(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtSigningKey) {
        return NimbusJwtEncoder.withSecretKey(jwtSigningKey).algorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtDecoder accessTokenDecoder(SecretKey jwtSigningKey) {
        // the clock of the decoder's own expiry check
        return new VerifiedAccessTokens(decoder(jwtSigningKey, TokenType.ACCESS), Clock.systemUTC());
    }

    @Bean
    JwtDecoder refreshTokenDecoder(SecretKey jwtSigningKey) {
        return decoder(jwtSigningKey, TokenType.REFRESH);
    }

    @Bean
    JwtDecoder deviceTokenDecoder(SecretKey jwtSigningKey) {
        return decoder(jwtSigningKey, TokenType.DEVICE);
    }

    private static JwtDecoder decoder(SecretKey key, TokenType type) {
        // fixing the algorithm makes Nimbus refuse alg=none and any other algorithm outright
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                // in place of the default minute of leeway: tokens are made and checked on the same clock here,
                // and a token should end when it says it does
                new JwtTimestampValidator(CLOCK_SKEW),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<String>(TokenType.CLAIM, type.claimValue()::equals)));
        return decoder;
    }
}
