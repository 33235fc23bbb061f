package org.readtrack.accounts;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What login and refresh answer: a short-lived access token and the refresh token that renews it. With
 * {@code ?cookie=true} the refresh token goes into an {@code HttpOnly} cookie instead and is left out here.
 */
record TokenPair(
        String access,
        @Schema(description = "Absent when the request asked for the cookie (`cookie=true`).", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        @JsonInclude(JsonInclude.Include.NON_NULL) String refresh) {

    TokenPair withoutRefresh() {
        return new TokenPair(access, null);
    }
}
