package org.readtrack.security;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret           HS256 key ({@code READTRACK_JWT_SECRET}), at least 32 bytes; when empty a key is
 *                         generated once and kept in {@code keyFile}
 * @param keyFile          where the generated key lives, so tokens survive restarts
 * @param accessTokenTtl   lifetime of access tokens
 * @param refreshTokenTtl  lifetime of refresh tokens
 * @param sessionMaxAge    absolute lifetime of a login ({@code READTRACK_SESSION_MAX_AGE}): its refresh
 *                         tokens stop rotating this long after it, however often they were refreshed
 */
@ConfigurationProperties("readtrack.jwt")
public record JwtProperties(
        String secret,
        Path keyFile,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        @DefaultValue("30d") Duration sessionMaxAge) {
}
