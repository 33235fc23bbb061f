package org.readtrack.security;

/** The authenticated caller, as controllers receive it with {@code @AuthenticationPrincipal}. */
public record CurrentUser(long id, String username, Role role) {

    public boolean admin() {
        return role == Role.ADMIN;
    }

    /** Moderators and administrators: they write the catalog and review suggestions. */
    public boolean editsCatalog() {
        return role.editsCatalog();
    }
}
