package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.readtrack.database.Timestamps;
import org.readtrack.shared.CalendarYears;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's personal API tokens: long-lived bearer tokens for scripts and other clients, each with a scope
 * ({@code read} or {@code write}) and maybe an expiry. They are not the password nor a login: changing the
 * password and logging out everywhere leave them alone (their owner revokes them one by one, here), while
 * resetting a forgotten password and deactivating the account revoke them all, as they do every session. Their use is verified by
 * {@link CallerFromPersonalToken}.
 */
@Component
class PersonalTokens {

    /** Enough for every script and device of one person; a bound on what a stolen session could mint. */
    static final int LIMIT_PER_ACCOUNT = 50;

    private final PersonalTokenStore tokens;
    private final UserStore users;
    private final RequestValidator validator;
    private final Clock clock;

    PersonalTokens(PersonalTokenStore tokens, UserStore users, RequestValidator validator, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * A new token, and its secret, which is not kept: the answer is the only place it ever appears. Bad
     * input is a 400 naming every field at fault; an account that has {@link #LIMIT_PER_ACCOUNT} tokens
     * already gets a 409: the request is fine, the account is full.
     */
    @Transactional
    CreatedPersonalToken create(long userId, PersonalTokenRequest request) {
        Instant now = Timestamps.now(clock);
        FieldErrors errors = validator.errorsOf(request);
        Instant expiresAt = request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MILLIS);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            errors.add("expires_at", "Ensure this time is in the future.");
        } else if (expiresAt != null && !CalendarYears.holds(expiresAt)) {
            errors.add("expires_at", "Ensure this time is before the year 10000.");
        }
        errors.throwIfAny();
        // one creation at a time per account, so that two at once cannot both pass the limit
        users.lock(userId);
        if (tokens.countOf(userId) >= LIMIT_PER_ACCOUNT) {
            throw new ConflictException("An account may have at most " + LIMIT_PER_ACCOUNT
                    + " API tokens: revoke one to create another.");
        }
        String secret = PersonalTokenSecrets.generate();
        PersonalToken stored = tokens.insert(userId, request.name(), request.scope(),
                PersonalTokenSecrets.hash(secret), now, expiresAt);
        SecurityEvents.personalTokenCreated(userId, stored.id(), stored.scope().value());
        return CreatedPersonalToken.of(stored, secret);
    }

    /** The account's tokens, newest first, expired ones included (until revoked), never their secrets. */
    Page<PersonalToken> list(long userId, PageQuery page) {
        return tokens.listOf(userId, page);
    }

    /** The token stops working at once, on every instance: each use reads it from the database. */
    void revoke(long userId, long tokenId) {
        if (!tokens.delete(tokenId, userId)) {
            throw new NotFoundException(); // another account's token is as unknown as one that never existed
        }
        SecurityEvents.personalTokenRevoked(userId, tokenId);
    }

    /**
     * For a password reset, and a deactivated account (its tokens do not come back if it is reactivated, as its
     * sessions do not).
     */
    void revokeAll(long userId) {
        if (tokens.deleteAllOf(userId) > 0) {
            SecurityEvents.personalTokenRevoked(userId, "all");
        }
    }
}
