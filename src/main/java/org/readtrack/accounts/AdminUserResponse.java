package org.readtrack.accounts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.readtrack.security.Role;

/** An account as administrators see it: with its state and last login. */
record AdminUserResponse(long id, String username, String email, String firstName, String lastName, Role role,
        boolean isActive, Instant dateJoined, @Nullable Instant lastLogin) {

    static AdminUserResponse of(Account account) {
        return new AdminUserResponse(account.id(), account.username(), account.email(), account.firstName(),
                account.lastName(), account.role(), account.active(), account.dateJoined(), account.lastLogin());
    }
}
