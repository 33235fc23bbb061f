package org.readtrack.accounts;

import java.time.Instant;

import org.readtrack.security.Role;

/** An account as its owner sees it. */
record UserResponse(long id, String username, String email, String firstName, String lastName, Role role,
        Instant dateJoined) {

    static UserResponse of(Account account) {
        return new UserResponse(account.id(), account.username(), account.email(), account.firstName(),
                account.lastName(), account.role(), account.dateJoined());
    }
}
