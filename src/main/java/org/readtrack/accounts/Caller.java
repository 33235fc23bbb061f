package org.readtrack.accounts;

import java.time.Instant;

import org.readtrack.security.CurrentUser;
import org.readtrack.security.Role;

/**
 * What authenticating a request needs to know of its account, read without the rest of the row.
 * {@code tokensValidAfter}: access tokens issued before it are refused; null when none ever was.
 */
record Caller(String username, Role role, boolean active, Instant tokensValidAfter) {

    /** The caller as controllers receive it, whichever kind of token it came with. */
    CurrentUser asCurrentUser(long id) {
        return new CurrentUser(id, username, role);
    }
}
