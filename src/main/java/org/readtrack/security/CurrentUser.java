package org.readtrack.security;

/** The authenticated caller, as controllers receive it with {@code @AuthenticationPrincipal}. */
public record CurrentUser(long id, String username, boolean admin) {
}
