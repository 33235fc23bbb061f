package org.readtrack.accounts;

import java.time.Instant;

/** An account as administrators see it: with its state and last login. */
record AdminUserResponse(long id, String username, String email, String firstName, String lastName, Role role,
        boolean isActive, Instant dateJoined, Instant lastLogin) {

    static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), user.getRole(), user.isActive(), user.getDateJoined(), user.getLastLogin());
    }
}
