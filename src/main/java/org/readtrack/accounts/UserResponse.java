package org.readtrack.accounts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.images.ImageUse;
import org.readtrack.security.Role;

/** An account as its owner sees it. */
record UserResponse(long id, String username, String email, String firstName, String lastName, Role role,
        Instant dateJoined, String bio,
        @Schema(description = "Where the avatar is served (no token needed), or null without one.")
        @Nullable String avatar,
        Preferences preferences, boolean profilePublic) {

    static UserResponse of(Account account) {
        Profile profile = account.profile();
        return new UserResponse(account.id(), account.username(), account.email(), account.firstName(),
                account.lastName(), account.role(), account.dateJoined(), profile.bio(), avatarUrl(profile),
                profile.preferences(), profile.profilePublic());
    }

    static String avatarUrl(Profile profile) {
        return profile.avatar() == null ? null : ImageUse.AVATAR.url(profile.avatar());
    }
}
