package org.readtrack.accounts;

import java.time.Instant;

/** An account as its owner sees it. */
record UserResponse(long id, String username, String email, String firstName, String lastName, Role role,
        Instant dateJoined) {

    static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(),
                user.getLastName(), user.getRole(), user.getDateJoined());
    }
}
