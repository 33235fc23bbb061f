package org.readtrack.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Security events, one line each on the logger {@code readtrack.security}, so that they can be routed,
 * kept or alerted on apart from the rest. A line says what happened, from which client address and to
 * which account when that is known; never a username as typed (people type passwords there by mistake), a
 * password or a token. Static, so that logging an event never changes a constructor that others share.
 */
final class SecurityEvents {

    /**
     * Logging context key for the client address, for events logged below the controller (the refresh
     * token reuse, found inside {@link Tokens}), where the request is out of reach.
     */
    static final String CLIENT_ADDRESS = "client_address";

    private static final Logger log = LoggerFactory.getLogger("readtrack.security");

    private SecurityEvents() {
    }

    /** A wrong password, or an unknown or inactive account; {@code accountId} when the name matched one. */
    static void loginFailed(String address, Long accountId) {
        log.warn("event=login_failed address={} user={}", address, orNone(accountId));
    }

    /** A 429: which action, which of its budgets ran out. */
    static void throttled(String action, String budget, String address, Long userId) {
        log.warn("event=throttled action={} budget={} address={} user={}", action, budget, address, orNone(userId));
    }

    /** A spent or revoked refresh token presented again: stolen, or replayed; its whole login was revoked. */
    static void refreshTokenReused(long userId) {
        log.warn("event=refresh_token_reused address={} user={} family=revoked", orNone(MDC.get(CLIENT_ADDRESS)),
                userId);
    }

    /** A personal API token created: which one, with what scope; never its secret. */
    static void personalTokenCreated(long userId, long tokenId, String scope) {
        log.info("event=personal_token_created user={} token={} scope={}", userId, tokenId, scope);
    }

    /** Personal API tokens revoked: one by its owner, or every one of a deactivated account ({@code token=all}). */
    static void personalTokenRevoked(long userId, Object tokenId) {
        log.info("event=personal_token_revoked user={} token={}", userId, tokenId);
    }

    private static Object orNone(Object value) {
        return value == null ? "-" : value;
    }
}
