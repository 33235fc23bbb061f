package org.readtrack.security;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;

/**
 * The cookie that makes a browser known to an account it signed in to (see the accounts' {@code KnownDevices}):
 * {@code HttpOnly}, sent to the login endpoint only, never from another site, kept a year.
 */
public final class DeviceCookie {

    public static final String NAME = "readtrack_device";
    public static final Duration LIFETIME = Duration.ofDays(365);
    private static final String PATH = "/api/auth/login";

    private DeviceCookie() {
    }

    /** The token the browser sent, or null. */
    public static String read(HttpServletRequest request) {
        return Cookies.valueOf(request, NAME);
    }

    /** The {@code Set-Cookie} value that hands the browser this token. */
    public static String holding(String token, boolean secure) {
        return ResponseCookie.from(NAME, token).httpOnly(true).secure(secure).sameSite("Strict").path(PATH)
                .maxAge(LIFETIME).build().toString();
    }
}
