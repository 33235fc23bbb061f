package org.readtrack.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Reading the service's own cookies from a request. */
final class Cookies {

    private Cookies() {
    }

    /** The value of the cookie of this name the browser sent, or null when it sent none (or an empty one). */
    static String valueOf(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
