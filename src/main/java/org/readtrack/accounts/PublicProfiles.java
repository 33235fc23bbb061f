package org.readtrack.accounts;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Whose profile a reader may see: an active account's that is public, and their own. */
@Component
public class PublicProfiles {

    private final UserStore users;

    /**
     * A condition that holds when the account whose id is {@code idColumn} shows its profile to everyone: for
     * figures over many readers that must count only what their public profiles already show.
     */
    public static String isPublic(String idColumn) {
        return "EXISTS (SELECT 1 FROM users shown WHERE shown.id = " + idColumn
                + " AND shown.active = TRUE AND shown.profile_public = TRUE)";
    }

    PublicProfiles(UserStore users) {
        this.users = users;
    }

    /**
     * The profile of the active account named {@code username} (any case, as login matches it) if it is
     * public or the viewer's own; empty otherwise, whichever the reason, so that a private profile cannot be
     * told from a missing one.
     */
    public Optional<PublicProfile> visibleTo(String username, long viewerId) {
        return users.findActiveByUsername(username)
                .filter(account -> account.profile().profilePublic() || account.id() == viewerId)
                .map(account -> new PublicProfile(account.id(), account.username(), account.profile().bio(),
                        UserResponse.avatarUrl(account.profile())));
    }
}
