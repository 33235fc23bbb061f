package org.readtrack.accounts;

import java.time.Instant;

import org.readtrack.security.Role;

/**
 * An account as stored: a row of {@code users}. {@code tokensValidAfter}: access tokens issued before it are
 * refused (see {@link Tokens#revokeAll}); null when none ever was.
 */
record Account(long id, String username, String email, String passwordHash, String firstName, String lastName,
        Role role, boolean active, Instant dateJoined, Instant lastLogin, Instant tokensValidAfter) {

    /** What a PATCH of the account is laid over. */
    AccountDetails details() {
        return new AccountDetails(firstName, lastName, email, role, active);
    }

    /** Without the password hash, should an account ever be logged. */
    @Override
    public String toString() {
        return "Account[id=" + id + ", username=" + username + ", role=" + role.value() + ", active=" + active + "]";
    }
}
