package org.readtrack.profiles;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.readtrack.accounts.PublicProfile;
import org.readtrack.progress.ReaderStats;

/** A public profile: who the reader is, and what they read, their private entries left out. */
record ProfileResponse(String username, String bio,
        @Schema(description = "Where the avatar is served (no token needed), or null without one.")
        @Nullable String avatar,
        @Schema(description = "As `GET /api/stats/me/` counts them, over the entries that are not private.")
        ReaderStats stats) {

    static ProfileResponse of(PublicProfile profile, ReaderStats stats) {
        return new ProfileResponse(profile.username(), profile.bio(), profile.avatar(), stats);
    }
}
