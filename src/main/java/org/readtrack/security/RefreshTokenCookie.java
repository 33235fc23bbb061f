package org.readtrack.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.readtrack.shared.PublicUrl;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The web app's refresh token, kept where its scripts cannot read it: an {@code HttpOnly} cookie that the
 * browser sends to {@code /api/auth/} only, never from another site ({@code SameSite=Strict}), and only over
 * HTTPS except on the machine itself, where browsers treat plain HTTP as secure. Other clients keep the token
 * in the JSON body; a client asks for the cookie with {@code ?cookie=true} on login and refresh.
 */
@Component
public class RefreshTokenCookie {

    public static final String NAME = "readtrack_refresh";
    private static final String PATH = "/api/auth/";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final JwtProperties properties;
    private final boolean publicOverHttps;

    public RefreshTokenCookie(JwtProperties properties, PublicUrl publicUrl) {
        this.properties = properties;
        this.publicOverHttps = publicUrl.url().regionMatches(true, 0, "https:", 0, 6);
    }

    /** The token the browser sent, or null. */
    public static String read(HttpServletRequest request) {
        return Cookies.valueOf(request, NAME);
    }

    /**
     * Whether the cookie must be {@code Secure}: read while the request is current, before any async work. A
     * site whose public address is HTTPS always is, whatever the request says: a proxy that ends TLS and forwards
     * to {@code 127.0.0.1} would make the request look local and plain.
     */
    public boolean secureFor(HttpServletRequest request) {
        return publicOverHttps || request.isSecure() || !LOOPBACK.contains(request.getServerName().toLowerCase());
    }

    /** The {@code Set-Cookie} value that hands the browser this token. */
    public String holding(String token, boolean secure) {
        return base(secure).value(token).maxAge(properties.refreshTokenTtl()).build().toString();
    }

    /** The {@code Set-Cookie} value that makes the browser forget the token. */
    public String cleared(boolean secure) {
        return base(secure).value("").maxAge(0).build().toString();
    }

    private static ResponseCookie.ResponseCookieBuilder base(boolean secure) {
        return ResponseCookie.from(NAME).httpOnly(true).secure(secure).sameSite("Strict").path(PATH);
    }
}
